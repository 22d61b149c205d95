package golden.tlib;

public enum TStatus { ACTIVE, RETIRED }

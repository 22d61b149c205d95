package other;

public abstract class VisibleBase extends HiddenBase {}

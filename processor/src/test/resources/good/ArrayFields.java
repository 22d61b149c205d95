package golden;

import io.github.deepcopygen.DeepCopy;

/** Rule 6: arrays of any dimension; primitive and immutable components are cloned, others copied one by one. */
@DeepCopy
public class ArrayFields {
    @DeepCopy
    public static class Cell {
        String value;
    }

    byte[] raw;
    String[] names;
    int[][] grid;
    Cell[] cells;
    Cell[][] table;
}

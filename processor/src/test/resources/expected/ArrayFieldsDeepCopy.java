package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ArrayFields}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ArrayFieldsDeepCopy {
    private ArrayFieldsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ArrayFields deepCopy(ArrayFields in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ArrayFields.class) {
            throw new IllegalArgumentException("ArrayFieldsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.ArrayFields: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make ArrayFields sealed or final.");
        }
        ArrayFields out = new ArrayFields();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(ArrayFields in, ArrayFields out) {
        out.raw = in.raw == null ? null : in.raw.clone();
        out.names = in.names == null ? null : in.names.clone();
        out.grid = copyArrayOfArrayOfInt(in.grid);
        out.cells = copyArrayOfCell(in.cells);
        out.table = copyArrayOfArrayOfCell(in.table);
    }

    private static int[][] copyArrayOfArrayOfInt(int[][] in) {
        if (in == null) {
            return null;
        }
        int[][] out = new int[in.length][];
        for (int i = 0; i < in.length; i++) {
            int[] element = in[i];
            out[i] = element == null ? null : element.clone();
        }
        return out;
    }

    private static ArrayFields.Cell[] copyArrayOfCell(ArrayFields.Cell[] in) {
        if (in == null) {
            return null;
        }
        ArrayFields.Cell[] out = new ArrayFields.Cell[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = ArrayFields_CellDeepCopy.deepCopy(in[i]);
        }
        return out;
    }

    private static ArrayFields.Cell[][] copyArrayOfArrayOfCell(ArrayFields.Cell[][] in) {
        if (in == null) {
            return null;
        }
        ArrayFields.Cell[][] out = new ArrayFields.Cell[in.length][];
        for (int i = 0; i < in.length; i++) {
            out[i] = copyArrayOfCell(in[i]);
        }
        return out;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ArrayFields.Cell}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ArrayFields_CellDeepCopy {
    private ArrayFields_CellDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ArrayFields.Cell deepCopy(ArrayFields.Cell in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ArrayFields.Cell.class) {
            throw new IllegalArgumentException("ArrayFields_CellDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.ArrayFields.Cell: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Cell sealed or final.");
        }
        ArrayFields.Cell out = new ArrayFields.Cell();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(ArrayFields.Cell in, ArrayFields.Cell out) {
        out.value = in.value;
    }
}

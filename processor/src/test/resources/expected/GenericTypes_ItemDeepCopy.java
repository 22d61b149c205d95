package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericTypes.Item}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericTypes_ItemDeepCopy {
    private GenericTypes_ItemDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GenericTypes.Item deepCopy(GenericTypes.Item in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GenericTypes.Item.class) {
            throw new IllegalArgumentException("GenericTypes_ItemDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GenericTypes.Item: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Item sealed or final.");
        }
        GenericTypes.Item out = new GenericTypes.Item();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GenericTypes.Item in, GenericTypes.Item out) {
        out.name = in.name;
    }
}

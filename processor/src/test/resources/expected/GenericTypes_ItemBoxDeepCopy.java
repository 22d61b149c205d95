package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericTypes.ItemBox}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericTypes_ItemBoxDeepCopy {
    private GenericTypes_ItemBoxDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GenericTypes.ItemBox deepCopy(GenericTypes.ItemBox in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GenericTypes.ItemBox.class) {
            throw new IllegalArgumentException("GenericTypes_ItemBoxDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GenericTypes.ItemBox: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make ItemBox sealed or final.");
        }
        GenericTypes.ItemBox out = new GenericTypes.ItemBox();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GenericTypes.ItemBox in, GenericTypes.ItemBox out) {
        GenericTypes_BoxDeepCopy.deepCopyInto(in, out, GenericTypes_ItemDeepCopy::deepCopy);
        out.label = in.label;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link NestedTypes.Hidden}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
final class NestedTypes_HiddenDeepCopy {
    private NestedTypes_HiddenDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    static NestedTypes.Hidden deepCopy(NestedTypes.Hidden in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != NestedTypes.Hidden.class) {
            throw new IllegalArgumentException("NestedTypes_HiddenDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.NestedTypes.Hidden: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Hidden sealed or final.");
        }
        NestedTypes.Hidden out = new NestedTypes.Hidden();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    static void deepCopyInto(NestedTypes.Hidden in, NestedTypes.Hidden out) {
        out.note = in.note;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link NestedTypes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class NestedTypesDeepCopy {
    private NestedTypesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static NestedTypes deepCopy(NestedTypes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != NestedTypes.class) {
            throw new IllegalArgumentException("NestedTypesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.NestedTypes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make NestedTypes sealed or final.");
        }
        NestedTypes out = new NestedTypes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(NestedTypes in, NestedTypes out) {
        out.passwordRef = NestedTypes_SecretKeyRefDeepCopy.deepCopy(in.passwordRef);
        out.hidden = NestedTypes_HiddenDeepCopy.deepCopy(in.hidden);
    }
}

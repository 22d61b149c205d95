package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link NestedTypes.SecretKeyRef}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class NestedTypes_SecretKeyRefDeepCopy {
    private NestedTypes_SecretKeyRefDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static NestedTypes.SecretKeyRef deepCopy(NestedTypes.SecretKeyRef in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != NestedTypes.SecretKeyRef.class) {
            throw new IllegalArgumentException("NestedTypes_SecretKeyRefDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.NestedTypes.SecretKeyRef: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make SecretKeyRef sealed or final.");
        }
        NestedTypes.SecretKeyRef out = new NestedTypes.SecretKeyRef();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(NestedTypes.SecretKeyRef in, NestedTypes.SecretKeyRef out) {
        out.name = in.name;
        out.key = in.key;
    }
}

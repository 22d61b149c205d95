package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ImplicitlyPermitted.Middle}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ImplicitlyPermitted_MiddleDeepCopy {
    private ImplicitlyPermitted_MiddleDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ImplicitlyPermitted.Middle deepCopy(ImplicitlyPermitted.Middle in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ImplicitlyPermitted.Middle.class) {
            throw new IllegalArgumentException("ImplicitlyPermitted_MiddleDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.ImplicitlyPermitted.Middle: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Middle sealed or final.");
        }
        ImplicitlyPermitted.Middle out = new ImplicitlyPermitted.Middle();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(ImplicitlyPermitted.Middle in, ImplicitlyPermitted.Middle out) {
        out.size = in.size;
    }
}

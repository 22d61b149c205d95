package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ImplicitlyPermitted}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ImplicitlyPermittedDeepCopy {
    private ImplicitlyPermittedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ImplicitlyPermitted deepCopy(ImplicitlyPermitted in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ImplicitlyPermitted.class) {
            throw new IllegalArgumentException("ImplicitlyPermittedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.ImplicitlyPermitted: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make ImplicitlyPermitted sealed or final.");
        }
        ImplicitlyPermitted out = new ImplicitlyPermitted();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(ImplicitlyPermitted in, ImplicitlyPermitted out) {
        out.node = copyNode(in.node);
    }

    private static ImplicitlyPermitted.Node copyNode(ImplicitlyPermitted.Node in) {
        if (in == null) {
            return null;
        }
        if (in instanceof ImplicitlyPermitted.Alpha alpha) {
            return alpha;
        }
        if (in instanceof ImplicitlyPermitted.Omega omega) {
            return ImplicitlyPermitted_OmegaDeepCopy.deepCopy(omega);
        }
        if (in instanceof ImplicitlyPermitted.Middle middle) {
            return ImplicitlyPermitted_MiddleDeepCopy.deepCopy(middle);
        }
        if (in instanceof ImplicitlyPermitted.Zeta zeta) {
            return ImplicitlyPermitted_ZetaDeepCopy.deepCopy(zeta);
        }
        throw new IllegalArgumentException("ImplicitlyPermittedDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.ImplicitlyPermitted.Node that this copier was compiled with. Fix: recompile the copier.");
    }
}

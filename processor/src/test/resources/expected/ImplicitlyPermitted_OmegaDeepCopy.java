package golden;

import java.util.ArrayList;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ImplicitlyPermitted.Omega}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ImplicitlyPermitted_OmegaDeepCopy {
    private ImplicitlyPermitted_OmegaDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ImplicitlyPermitted.Omega deepCopy(ImplicitlyPermitted.Omega in) {
        if (in == null) {
            return null;
        }
        ImplicitlyPermitted.Omega out = new ImplicitlyPermitted.Omega();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(ImplicitlyPermitted.Omega in, ImplicitlyPermitted.Omega out) {
        ImplicitlyPermitted_MiddleDeepCopy.deepCopyInto(in, out);
        out.sizes = in.sizes == null ? null : new ArrayList<>(in.sizes);
    }
}

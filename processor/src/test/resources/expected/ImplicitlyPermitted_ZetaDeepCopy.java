package golden;

import java.util.ArrayList;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ImplicitlyPermitted.Zeta}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ImplicitlyPermitted_ZetaDeepCopy {
    private ImplicitlyPermitted_ZetaDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ImplicitlyPermitted.Zeta deepCopy(ImplicitlyPermitted.Zeta in) {
        if (in == null) {
            return null;
        }
        ImplicitlyPermitted.Zeta out = new ImplicitlyPermitted.Zeta();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(ImplicitlyPermitted.Zeta in, ImplicitlyPermitted.Zeta out) {
        out.names = in.names == null ? null : new ArrayList<>(in.names);
    }
}

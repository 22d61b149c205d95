package golden.subtypes;

import golden.plib.PEphemeral;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link PEphemeral}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class PEphemeralDeepCopy {
    private PEphemeralDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static PEphemeral deepCopy(PEphemeral in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != PEphemeral.class) {
            throw new IllegalArgumentException("PEphemeralDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.plib.PEphemeral: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy PEphemeral with a method named in @DeepCopy(uses = ...) instead.");
        }
        PEphemeral out = new PEphemeral();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(PEphemeral in, PEphemeral out) {
        out.setSizeLimit(in.getSizeLimit());
        out.setMedium(in.getMedium());
    }
}

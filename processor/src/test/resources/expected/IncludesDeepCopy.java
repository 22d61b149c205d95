package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link Includes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class IncludesDeepCopy {
    private IncludesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static Includes deepCopy(Includes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != Includes.class) {
            throw new IllegalArgumentException("IncludesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.Includes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Includes sealed or final.");
        }
        Includes out = new Includes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(Includes in, Includes out) {
        LibResourceDeepCopy.deepCopyInto(in, out, Includes_SpecDeepCopy::deepCopy);
        out.note = in.note;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link Records.Part}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class Records_PartDeepCopy {
    private Records_PartDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static Records.Part deepCopy(Records.Part in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != Records.Part.class) {
            throw new IllegalArgumentException("Records_PartDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.Records.Part: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Part sealed or final.");
        }
        Records.Part out = new Records.Part();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(Records.Part in, Records.Part out) {
        out.value = in.value;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link HandWrittenDeepCopy}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class HandWrittenDeepCopyDeepCopy {
    private HandWrittenDeepCopyDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static HandWrittenDeepCopy deepCopy(HandWrittenDeepCopy in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != HandWrittenDeepCopy.class) {
            throw new IllegalArgumentException("HandWrittenDeepCopyDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.HandWrittenDeepCopy: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make HandWrittenDeepCopy sealed or final.");
        }
        HandWrittenDeepCopy out = new HandWrittenDeepCopy();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(HandWrittenDeepCopy in, HandWrittenDeepCopy out) {
        out.token = in.token == null ? null : in.token.deepCopy();
        HandWrittenDeepCopy.Token refreshToken = in.getRefreshToken();
        out.setRefreshToken(refreshToken == null ? null : refreshToken.deepCopy());
    }
}

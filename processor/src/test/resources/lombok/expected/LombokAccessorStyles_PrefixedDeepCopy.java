package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokAccessorStyles.Prefixed}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokAccessorStyles_PrefixedDeepCopy {
    private LombokAccessorStyles_PrefixedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokAccessorStyles.Prefixed deepCopy(LombokAccessorStyles.Prefixed in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokAccessorStyles.Prefixed.class) {
            throw new IllegalArgumentException("LombokAccessorStyles_PrefixedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokAccessorStyles.Prefixed: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Prefixed sealed or final.");
        }
        LombokAccessorStyles.Prefixed out = new LombokAccessorStyles.Prefixed();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokAccessorStyles.Prefixed in,
            LombokAccessorStyles.Prefixed out) {
        out.setName(in.getName());
        List<String> mode = in.getMode();
        out.setMode(mode == null ? null : new ArrayList<>(mode));
    }
}

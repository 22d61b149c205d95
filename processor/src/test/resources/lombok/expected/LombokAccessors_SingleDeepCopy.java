package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokAccessors.Single}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokAccessors_SingleDeepCopy {
    private LombokAccessors_SingleDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokAccessors.Single deepCopy(LombokAccessors.Single in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokAccessors.Single.class) {
            throw new IllegalArgumentException("LombokAccessors_SingleDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokAccessors.Single: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Single sealed or final.");
        }
        LombokAccessors.Single out = new LombokAccessors.Single();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokAccessors.Single in, LombokAccessors.Single out) {
        List<String> values = in.getValues();
        out.setValues(values == null ? null : new ArrayList<>(values));
        out.setEnabled(in.isEnabled());
    }
}

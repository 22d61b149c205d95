package lomboktest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokAccessorStyles.Fluent}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokAccessorStyles_FluentDeepCopy {
    private LombokAccessorStyles_FluentDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokAccessorStyles.Fluent deepCopy(LombokAccessorStyles.Fluent in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokAccessorStyles.Fluent.class) {
            throw new IllegalArgumentException("LombokAccessorStyles_FluentDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokAccessorStyles.Fluent: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Fluent sealed or final.");
        }
        LombokAccessorStyles.Fluent out = new LombokAccessorStyles.Fluent();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokAccessorStyles.Fluent in,
            LombokAccessorStyles.Fluent out) {
        out.name(in.name());
        out.ports(copyMapOfStringToListOfInteger(in.ports()));
    }

    private static Map<String, List<Integer>> copyMapOfStringToListOfInteger(
            Map<String, List<Integer>> in) {
        if (in == null) {
            return null;
        }
        Map<String, List<Integer>> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, List<Integer>> entry : in.entrySet()) {
            List<Integer> value = entry.getValue();
            out.put(entry.getKey(), value == null ? null : new ArrayList<>(value));
        }
        return out;
    }
}

package golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link HiddenFields.Sub}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class HiddenFields_SubDeepCopy {
    private HiddenFields_SubDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static HiddenFields.Sub deepCopy(HiddenFields.Sub in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != HiddenFields.Sub.class) {
            throw new IllegalArgumentException("HiddenFields_SubDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.HiddenFields.Sub: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Sub sealed or final.");
        }
        HiddenFields.Sub out = new HiddenFields.Sub();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(HiddenFields.Sub in, HiddenFields.Sub out) {
        ((HiddenFields.Base) out).items = ((HiddenFields.Base) in).items == null ? null : new ArrayList<>(((HiddenFields.Base) in).items);
        ((HiddenFields.Base) out).name = ((HiddenFields.Base) in).name;
        ((HiddenFields.Base) out).tags = ((HiddenFields.Base) in).tags == null ? null : new ArrayList<>(((HiddenFields.Base) in).tags);
        out.items = in.items == null ? null : new ArrayList<>(in.items);
        out.setName(in.getName());
        out.tags = copyMapOfStringToListOfInteger(in.tags);
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

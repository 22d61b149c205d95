package lomboktest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokValue}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokValueDeepCopy {
    private LombokValueDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokValue deepCopy(LombokValue in) {
        if (in == null) {
            return null;
        }
        List<String> tags = in.getTags();
        return new LombokValue(in.getName(), in.isPrimary(),
                tags == null ? null : new ArrayList<>(tags),
                copyMapOfStringToListOfInteger(in.getPorts()),
                LombokValue_InnerDeepCopy.deepCopy(in.getInner()));
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

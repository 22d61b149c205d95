package golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ValueClasses}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ValueClassesDeepCopy {
    private ValueClassesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ValueClasses deepCopy(ValueClasses in) {
        if (in == null) {
            return null;
        }
        List<String> tags = in.getTags();
        return new ValueClasses(in.getName(), tags == null ? null : new ArrayList<>(tags),
                copyMapOfStringToListOfString(in.groups), in.isEnabled(),
                ValueClasses_PointDeepCopy.deepCopy(in.getOrigin()));
    }

    private static Map<String, List<String>> copyMapOfStringToListOfString(
            Map<String, List<String>> in) {
        if (in == null) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, List<String>> entry : in.entrySet()) {
            List<String> value = entry.getValue();
            out.put(entry.getKey(), value == null ? null : new ArrayList<>(value));
        }
        return out;
    }
}

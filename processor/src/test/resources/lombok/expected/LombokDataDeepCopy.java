package lomboktest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokData}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokDataDeepCopy {
    private LombokDataDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokData deepCopy(LombokData in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokData.class) {
            throw new IllegalArgumentException("LombokDataDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokData: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make LombokData sealed or final.");
        }
        LombokData out = new LombokData();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokData in, LombokData out) {
        out.setName(in.getName());
        out.setActive(in.isActive());
        out.setPrimary(in.isPrimary());
        out.setVerified(in.getVerified());
        List<String> tags = in.getTags();
        out.setTags(tags == null ? null : new ArrayList<>(tags));
        out.setGroups(copyMapOfStringToListOfString(in.getGroups()));
        out.setAddress(LombokData_AddressDeepCopy.deepCopy(in.getAddress()));
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

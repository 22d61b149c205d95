package golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link Records}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class RecordsDeepCopy {
    private RecordsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static Records deepCopy(Records in) {
        if (in == null) {
            return null;
        }
        List<String> tags = in.tags();
        return new Records(in.name(), tags == null ? null : new ArrayList<>(tags),
                copyMapOfStringToPart(in.parts()), Records_PartDeepCopy.deepCopy(in.main()));
    }

    private static Map<String, Records.Part> copyMapOfStringToPart(Map<String, Records.Part> in) {
        if (in == null) {
            return null;
        }
        Map<String, Records.Part> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, Records.Part> entry : in.entrySet()) {
            out.put(entry.getKey(), Records_PartDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }
}

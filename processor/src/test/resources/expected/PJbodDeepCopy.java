package golden.subtypes;

import golden.plib.PJbod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link PJbod}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class PJbodDeepCopy {
    private PJbodDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static PJbod deepCopy(PJbod in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != PJbod.class) {
            throw new IllegalArgumentException("PJbodDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.plib.PJbod: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy PJbod with a method named in @DeepCopy(uses = ...) instead.");
        }
        PJbod out = new PJbod();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(PJbod in, PJbod out) {
        out.setSizeLimit(in.getSizeLimit());
        Map<String, String> selector = in.getSelector();
        out.setSelector(selector == null ? null : new LinkedHashMap<>(selector));
        List<Integer> ids = in.getIds();
        out.setIds(ids == null ? null : new ArrayList<>(ids));
    }
}

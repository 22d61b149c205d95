package golden.subtypes;

import golden.plib.PPersistent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link PPersistent}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class PPersistentDeepCopy {
    private PPersistentDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static PPersistent deepCopy(PPersistent in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != PPersistent.class) {
            throw new IllegalArgumentException("PPersistentDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.plib.PPersistent: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy PPersistent with a method named in @DeepCopy(uses = ...) instead.");
        }
        PPersistent out = new PPersistent();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(PPersistent in, PPersistent out) {
        out.setSizeLimit(in.getSizeLimit());
        Map<String, String> selector = in.getSelector();
        out.setSelector(selector == null ? null : new LinkedHashMap<>(selector));
    }
}

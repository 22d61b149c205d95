package golden.graphincludes;

import golden.glib.GLibLabel;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GLibLabel}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GLibLabelDeepCopy {
    private GLibLabelDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GLibLabel deepCopy(GLibLabel in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GLibLabel.class) {
            throw new IllegalArgumentException("GLibLabelDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.glib.GLibLabel: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy GLibLabel with a method named in @DeepCopy(uses = ...) instead.");
        }
        GLibLabel out = new GLibLabel();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GLibLabel in, GLibLabel out) {
        out.setName(in.getName());
        Map<String, String> values = in.getValues();
        out.setValues(values == null ? null : new LinkedHashMap<>(values));
    }
}

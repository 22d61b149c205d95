package golden.jshapes;

import golden.jslib.JsItem;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsItem}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsItemDeepCopy {
    private JsItemDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsItem deepCopy(JsItem in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsItem.class) {
            throw new IllegalArgumentException("JsItemDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsItem: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsItem with a method named in @DeepCopy(uses = ...) instead.");
        }
        JsItem out = new JsItem();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JsItem in, JsItem out) {
        out.setSummary(in.getSummary());
    }
}

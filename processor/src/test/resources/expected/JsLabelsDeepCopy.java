package golden.jshapes;

import golden.jslib.JsLabels;
import java.util.Collection;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsLabels}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsLabelsDeepCopy {
    private JsLabelsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsLabels deepCopy(JsLabels in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsLabels.class) {
            throw new IllegalArgumentException("JsLabelsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsLabels: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsLabels with a method named in @DeepCopy(uses = ...) instead.");
        }
        JsLabels out = new JsLabels();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JsLabels in, JsLabels out) {
        Collection<String> labels = in.getLabels();
        Collection<String> target = out.getLabels();
        if (target == null) {
            if (labels != null && !labels.isEmpty()) {
                throw new IllegalStateException("JsLabelsDeepCopy cannot copy the property labels of JsLabels: it has no setter, so the copy fills the collection that the target's getter returns, and that getter returned null. Fix: copy into an object made by the class's constructor, or copy JsLabels with a method named in @DeepCopy(uses = ...) instead.");
            }
        } else {
            target.clear();
            if (labels != null) {
                for (String element : labels) {
                    target.add(element);
                }
            }
        }
    }
}

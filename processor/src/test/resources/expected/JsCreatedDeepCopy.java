package golden.jshapes;

import golden.jslib.JsCreated;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsCreated}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsCreatedDeepCopy {
    private JsCreatedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsCreated deepCopy(JsCreated in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsCreated.class) {
            throw new IllegalArgumentException("JsCreatedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsCreated: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsCreated with a method named in @DeepCopy(uses = ...) instead.");
        }
        List<String> tags = in.getTags();
        return new JsCreated(in.getId(), tags == null ? null : new ArrayList<>(tags));
    }
}

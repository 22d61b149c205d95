package golden.transitive;

import golden.tlib.TBase;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link TBase}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class TBaseDeepCopy {
    private TBaseDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static TBase deepCopy(TBase in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TBase.class) {
            throw new IllegalArgumentException("TBaseDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.tlib.TBase: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy TBase with a method named in @DeepCopy(uses = ...) instead.");
        }
        TBase out = new TBase();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(TBase in, TBase out) {
        List<String> tags = in.getTags();
        out.setTags(tags == null ? null : new ArrayList<>(tags));
    }
}

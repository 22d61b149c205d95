package golden.transitive;

import golden.tlib.TChild;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link TChild}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class TChildDeepCopy {
    private TChildDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static TChild deepCopy(TChild in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TChild.class) {
            throw new IllegalArgumentException("TChildDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.tlib.TChild: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy TChild with a method named in @DeepCopy(uses = ...) instead.");
        }
        TChild out = new TChild();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(TChild in, TChild out) {
        List<String> tags = in.getTags();
        out.setTags(tags == null ? null : new ArrayList<>(tags));
        out.setLeaf(TLeafDeepCopy.deepCopy(in.getLeaf()));
        out.setCount(in.getCount());
    }
}

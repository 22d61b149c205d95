package golden.transitive;

import golden.tlib.v2.TLeaf;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link TLeaf}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class V2_TLeafDeepCopy {
    private V2_TLeafDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static TLeaf deepCopy(TLeaf in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TLeaf.class) {
            throw new IllegalArgumentException("V2_TLeafDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.tlib.v2.TLeaf: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy TLeaf with a method named in @DeepCopy(uses = ...) instead.");
        }
        TLeaf out = new TLeaf();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(TLeaf in, TLeaf out) {
        Map<String, String> labels = in.getLabels();
        out.setLabels(labels == null ? null : new LinkedHashMap<>(labels));
    }
}

package golden.transitive;

import golden.tlib.TChild;
import golden.tlib.TLeaf;
import golden.tlib.TRoot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link TRoot}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class TRootDeepCopy {
    private TRootDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static TRoot deepCopy(TRoot in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TRoot.class) {
            throw new IllegalArgumentException("TRootDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.tlib.TRoot: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy TRoot with a method named in @DeepCopy(uses = ...) instead.");
        }
        TRoot out = new TRoot();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(TRoot in, TRoot out) {
        out.setName(in.getName());
        out.setChildren(copyListOfTChild(in.getChildren()));
        out.setLeaves(copyMapOfStringToTLeaf(in.getLeaves()));
        out.setStatus(in.getStatus());
        out.setNextLeaf(V2_TLeafDeepCopy.deepCopy(in.getNextLeaf()));
    }

    private static List<TChild> copyListOfTChild(List<TChild> in) {
        if (in == null) {
            return null;
        }
        List<TChild> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(TChildDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (TChild element : in) {
                out.add(TChildDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static Map<String, TLeaf> copyMapOfStringToTLeaf(Map<String, TLeaf> in) {
        if (in == null) {
            return null;
        }
        Map<String, TLeaf> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, TLeaf> entry : in.entrySet()) {
            out.put(entry.getKey(), TLeafDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }
}

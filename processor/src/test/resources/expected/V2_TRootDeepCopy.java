package golden.transitive;

import golden.tlib.v2.TLeaf;
import golden.tlib.v2.TRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link TRoot}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class V2_TRootDeepCopy {
    private V2_TRootDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static TRoot deepCopy(TRoot in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TRoot.class) {
            throw new IllegalArgumentException("V2_TRootDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.tlib.v2.TRoot: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy TRoot with a method named in @DeepCopy(uses = ...) instead.");
        }
        TRoot out = new TRoot();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(TRoot in, TRoot out) {
        out.setLeaves(copyListOfTLeaf(in.getLeaves()));
    }

    private static List<TLeaf> copyListOfTLeaf(List<TLeaf> in) {
        if (in == null) {
            return null;
        }
        List<TLeaf> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(V2_TLeafDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (TLeaf element : in) {
                out.add(V2_TLeafDeepCopy.deepCopy(element));
            }
        }
        return out;
    }
}

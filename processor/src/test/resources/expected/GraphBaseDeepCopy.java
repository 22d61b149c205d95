package golden;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphBase}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphBaseDeepCopy {
    private GraphBaseDeepCopy() {
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphBase in, GraphBase out) {
        out.id = in.id;
        out.notes = in.notes == null ? null : new ArrayList<>(in.notes);
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphBase in, GraphBase out,
            IdentityHashMap<Object, Object> copies) {
        out.id = in.id;
        out.notes = copyListOfString(in.notes, copies);
    }

    private static List<String> copyListOfString(List<String> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        List<String> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        List<String> out = new ArrayList<>(in);
        copies.put(in, out);
        return out;
    }

    /**
     * The copy already made of {@code in} in this graph copy, or null.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copied(T in, IdentityHashMap<Object, Object> copies) {
        return (T) copies.get(in);
    }
}

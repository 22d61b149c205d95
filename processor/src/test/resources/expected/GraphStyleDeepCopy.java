package golden;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphStyle}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphStyleDeepCopy {
    private GraphStyleDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphStyle deepCopy(GraphStyle in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphStyle.class) {
            throw new IllegalArgumentException("GraphStyleDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphStyle: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphStyle sealed or final.");
        }
        GraphStyle out = new GraphStyle();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphStyle in, GraphStyle out) {
        out.font = in.font;
        out.size = in.size;
        out.basedOn = copyListOfGraphStyle(in.basedOn);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphStyle deepCopyGraph(GraphStyle in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphStyle deepCopyGraph(GraphStyle in, IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphStyle seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphStyle.class) {
            throw new IllegalArgumentException("GraphStyleDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphStyle: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphStyle sealed or final.");
        }
        GraphStyle out = new GraphStyle();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphStyle in, GraphStyle out,
            IdentityHashMap<Object, Object> copies) {
        out.font = in.font;
        out.size = in.size;
        out.basedOn = copyListOfGraphStyle(in.basedOn, copies);
    }

    private static List<GraphStyle> copyListOfGraphStyle(List<GraphStyle> in) {
        if (in == null) {
            return null;
        }
        List<GraphStyle> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GraphStyleDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (GraphStyle element : in) {
                out.add(GraphStyleDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static List<GraphStyle> copyListOfGraphStyle(List<GraphStyle> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        List<GraphStyle> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        List<GraphStyle> out = new ArrayList<>(in.size());
        copies.put(in, out);
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GraphStyleDeepCopy.deepCopyGraph(in.get(i), copies));
            }
        } else {
            for (GraphStyle element : in) {
                out.add(GraphStyleDeepCopy.deepCopyGraph(element, copies));
            }
        }
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

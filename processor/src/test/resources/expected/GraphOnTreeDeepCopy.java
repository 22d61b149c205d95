package golden;

import java.util.IdentityHashMap;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphOnTree}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphOnTreeDeepCopy {
    private GraphOnTreeDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphOnTree deepCopy(GraphOnTree in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphOnTree.class) {
            throw new IllegalArgumentException("GraphOnTreeDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphOnTree: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphOnTree sealed or final.");
        }
        GraphOnTree out = new GraphOnTree();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphOnTree in, GraphOnTree out) {
        GraphTreeBaseDeepCopy.deepCopyInto(in, out);
        out.back = GraphOnTreeDeepCopy.deepCopy(in.back);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphOnTree deepCopyGraph(GraphOnTree in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphOnTree deepCopyGraph(GraphOnTree in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphOnTree seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphOnTree.class) {
            throw new IllegalArgumentException("GraphOnTreeDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphOnTree: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphOnTree sealed or final.");
        }
        GraphOnTree out = new GraphOnTree();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphOnTree in, GraphOnTree out,
            IdentityHashMap<Object, Object> copies) {
        GraphTreeBaseDeepCopy.deepCopyInto(in, out);
        out.back = GraphOnTreeDeepCopy.deepCopyGraph(in.back, copies);
    }

    /**
     * The copy already made of {@code in} in this graph copy, or null.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copied(T in, IdentityHashMap<Object, Object> copies) {
        return (T) copies.get(in);
    }
}

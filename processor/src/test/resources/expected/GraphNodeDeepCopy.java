package golden;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphNode}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphNodeDeepCopy {
    private GraphNodeDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphNode deepCopy(GraphNode in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphNode.class) {
            throw new IllegalArgumentException("GraphNodeDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphNode: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphNode sealed or final.");
        }
        GraphNode out = new GraphNode();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphNode in, GraphNode out) {
        out.text = in.text;
        out.parent = GraphNodeDeepCopy.deepCopy(in.parent);
        out.children = copyListOfGraphNode(in.children);
        out.previous = GraphNodeDeepCopy.deepCopy(in.previous);
        out.next = GraphNodeDeepCopy.deepCopy(in.next);
        out.style = GraphStyleDeepCopy.deepCopy(in.style);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphNode deepCopyGraph(GraphNode in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphNode deepCopyGraph(GraphNode in, IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphNode seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphNode.class) {
            throw new IllegalArgumentException("GraphNodeDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphNode: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphNode sealed or final.");
        }
        GraphNode out = new GraphNode();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphNode in, GraphNode out,
            IdentityHashMap<Object, Object> copies) {
        out.text = in.text;
        out.parent = GraphNodeDeepCopy.deepCopyGraph(in.parent, copies);
        out.children = copyListOfGraphNode(in.children, copies);
        out.previous = GraphNodeDeepCopy.deepCopyGraph(in.previous, copies);
        out.next = GraphNodeDeepCopy.deepCopyGraph(in.next, copies);
        out.style = GraphStyleDeepCopy.deepCopyGraph(in.style, copies);
    }

    private static List<GraphNode> copyListOfGraphNode(List<GraphNode> in) {
        if (in == null) {
            return null;
        }
        List<GraphNode> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GraphNodeDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (GraphNode element : in) {
                out.add(GraphNodeDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static List<GraphNode> copyListOfGraphNode(List<GraphNode> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        List<GraphNode> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        List<GraphNode> out = new ArrayList<>(in.size());
        copies.put(in, out);
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GraphNodeDeepCopy.deepCopyGraph(in.get(i), copies));
            }
        } else {
            for (GraphNode element : in) {
                out.add(GraphNodeDeepCopy.deepCopyGraph(element, copies));
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

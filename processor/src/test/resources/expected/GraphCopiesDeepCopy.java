package golden;

import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphCopies}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphCopiesDeepCopy {
    private GraphCopiesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphCopies deepCopy(GraphCopies in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphCopies.class) {
            throw new IllegalArgumentException("GraphCopiesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphCopies: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphCopies sealed or final.");
        }
        GraphCopies out = new GraphCopies();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphCopies in, GraphCopies out) {
        out.title = in.title;
        out.root = GraphNodeDeepCopy.deepCopy(in.root);
        out.styles = copyListOfGraphStyle(in.styles);
        out.byId = copyMapOfStringToGraphNode(in.byId);
        out.pinned = copyArrayOfGraphNode(in.pinned);
        out.defaultStyle = copyOptionalOfGraphStyle(in.defaultStyle);
        out.note = GraphNoteDeepCopy.deepCopy(in.note);
        out.modified = in.modified == null ? null : (Date) in.modified.clone();
        out.tags = in.tags == null ? null : new ArrayList<>(in.tags);
        out.counts = in.counts == null ? null : in.counts.clone();
        out.totals = in.totals == null ? null : in.totals.clone();
        out.link = GraphLinkDeepCopy.deepCopy(in.link);
        out.span = copySpan(in.span);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphCopies deepCopyGraph(GraphCopies in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphCopies deepCopyGraph(GraphCopies in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphCopies seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphCopies.class) {
            throw new IllegalArgumentException("GraphCopiesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphCopies: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphCopies sealed or final.");
        }
        GraphCopies out = new GraphCopies();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphCopies in, GraphCopies out,
            IdentityHashMap<Object, Object> copies) {
        out.title = in.title;
        out.root = GraphNodeDeepCopy.deepCopyGraph(in.root, copies);
        out.styles = copyListOfGraphStyle(in.styles, copies);
        out.byId = copyMapOfStringToGraphNode(in.byId, copies);
        out.pinned = copyArrayOfGraphNode(in.pinned, copies);
        out.defaultStyle = copyOptionalOfGraphStyle(in.defaultStyle, copies);
        out.note = copyOnce(in.note, copies, GraphNoteDeepCopy::deepCopy);
        out.modified = copyOnce(in.modified, copies, GraphCopiesDeepCopy::copyDate);
        out.tags = copyListOfString(in.tags, copies);
        out.counts = copyArrayOfInt(in.counts, copies);
        out.totals = copyArrayOfInt(in.totals, copies);
        out.link = GraphLinkDeepCopy.deepCopyGraph(in.link, copies);
        out.span = copySpan(in.span, copies);
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

    private static Map<String, GraphNode> copyMapOfStringToGraphNode(Map<String, GraphNode> in) {
        if (in == null) {
            return null;
        }
        Map<String, GraphNode> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, GraphNode> entry : in.entrySet()) {
            out.put(entry.getKey(), GraphNodeDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }

    private static GraphNode[] copyArrayOfGraphNode(GraphNode[] in) {
        if (in == null) {
            return null;
        }
        GraphNode[] out = new GraphNode[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = GraphNodeDeepCopy.deepCopy(in[i]);
        }
        return out;
    }

    private static Optional<GraphStyle> copyOptionalOfGraphStyle(Optional<GraphStyle> in) {
        if (in == null) {
            return null;
        }
        if (in.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(GraphStyleDeepCopy.deepCopy(in.get()));
    }

    private static GraphCopies.Span copySpan(GraphCopies.Span in) {
        if (in == null) {
            return null;
        }
        return new GraphCopies.Span(in.from(), in.to(), GraphNodeDeepCopy.deepCopy(in.node()));
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

    private static Map<String, GraphNode> copyMapOfStringToGraphNode(Map<String, GraphNode> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        Map<String, GraphNode> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        Map<String, GraphNode> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        copies.put(in, out);
        for (Map.Entry<String, GraphNode> entry : in.entrySet()) {
            out.put(entry.getKey(), GraphNodeDeepCopy.deepCopyGraph(entry.getValue(), copies));
        }
        return out;
    }

    private static GraphNode[] copyArrayOfGraphNode(GraphNode[] in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphNode[] seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        GraphNode[] out = new GraphNode[in.length];
        copies.put(in, out);
        for (int i = 0; i < in.length; i++) {
            out[i] = GraphNodeDeepCopy.deepCopyGraph(in[i], copies);
        }
        return out;
    }

    private static Optional<GraphStyle> copyOptionalOfGraphStyle(Optional<GraphStyle> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        Optional<GraphStyle> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.isEmpty()) {
            return Optional.empty();
        }
        return keep(in, Optional.of(GraphStyleDeepCopy.deepCopyGraph(in.get(), copies)), copies);
    }

    private static Date copyDate(Date in) {
        if (in == null) {
            return null;
        }
        return (Date) in.clone();
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

    private static int[] copyArrayOfInt(int[] in, IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        int[] seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        int[] out = in.clone();
        copies.put(in, out);
        return out;
    }

    private static GraphCopies.Span copySpan(GraphCopies.Span in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphCopies.Span seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        return keep(in, new GraphCopies.Span(in.from(), in.to(),
                GraphNodeDeepCopy.deepCopyGraph(in.node(), copies)), copies);
    }

    /**
     * The copy already made of {@code in} in this graph copy, or null.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copied(T in, IdentityHashMap<Object, Object> copies) {
        return (T) copies.get(in);
    }

    /**
     * Registers {@code out}, just built, as the copy of {@code in}, unless copying {@code in}'s parts
     * reached {@code in} again and made one first: that one is kept.
     */
    @SuppressWarnings("unchecked")
    private static <T> T keep(T in, T out, IdentityHashMap<Object, Object> copies) {
        Object first = copies.putIfAbsent(in, out);
        return first == null ? out : (T) first;
    }

    /**
     * The copy of {@code in} by {@code copy}, made once per graph copy; null for null.
     */
    private static <T> T copyOnce(T in, IdentityHashMap<Object, Object> copies,
            UnaryOperator<T> copy) {
        if (in == null) {
            return null;
        }
        T seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        T out = copy.apply(in);
        copies.put(in, out);
        return out;
    }
}

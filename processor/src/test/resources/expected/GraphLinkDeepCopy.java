package golden;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphLink}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphLinkDeepCopy {
    private GraphLinkDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphLink deepCopy(GraphLink in) {
        if (in == null) {
            return null;
        }
        return new GraphLink(in.label(), GraphNodeDeepCopy.deepCopy(in.target()),
                copyListOfGraphLink(in.related()));
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphLink deepCopyGraph(GraphLink in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphLink deepCopyGraph(GraphLink in, IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphLink seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        return keep(in, new GraphLink(in.label(),
                GraphNodeDeepCopy.deepCopyGraph(in.target(), copies),
                copyListOfGraphLink(in.related(), copies)), copies);
    }

    private static List<GraphLink> copyListOfGraphLink(List<GraphLink> in) {
        if (in == null) {
            return null;
        }
        List<GraphLink> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GraphLinkDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (GraphLink element : in) {
                out.add(GraphLinkDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static List<GraphLink> copyListOfGraphLink(List<GraphLink> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        List<GraphLink> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        List<GraphLink> out = new ArrayList<>(in.size());
        copies.put(in, out);
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GraphLinkDeepCopy.deepCopyGraph(in.get(i), copies));
            }
        } else {
            for (GraphLink element : in) {
                out.add(GraphLinkDeepCopy.deepCopyGraph(element, copies));
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

    /**
     * Registers {@code out}, just built, as the copy of {@code in}, unless copying {@code in}'s parts
     * reached {@code in} again and made one first: that one is kept.
     */
    @SuppressWarnings("unchecked")
    private static <T> T keep(T in, T out, IdentityHashMap<Object, Object> copies) {
        Object first = copies.putIfAbsent(in, out);
        return first == null ? out : (T) first;
    }
}

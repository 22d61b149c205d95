package golden.graphincludes;

import golden.glib.GLibLabel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphIncludes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphIncludesDeepCopy {
    private GraphIncludesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphIncludes deepCopy(GraphIncludes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphIncludes.class) {
            throw new IllegalArgumentException("GraphIncludesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.graphincludes.GraphIncludes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphIncludes sealed or final.");
        }
        GraphIncludes out = new GraphIncludes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphIncludes in, GraphIncludes out) {
        GLibResourceDeepCopy.deepCopyInto(in, out);
        out.label = GLibLabelDeepCopy.deepCopy(in.label);
        out.sameLabel = GLibLabelDeepCopy.deepCopy(in.sameLabel);
        out.labels = copyListOfGLibLabel(in.labels);
        out.next = GraphIncludesDeepCopy.deepCopy(in.next);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphIncludes deepCopyGraph(GraphIncludes in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphIncludes deepCopyGraph(GraphIncludes in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphIncludes seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphIncludes.class) {
            throw new IllegalArgumentException("GraphIncludesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.graphincludes.GraphIncludes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphIncludes sealed or final.");
        }
        GraphIncludes out = new GraphIncludes();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphIncludes in, GraphIncludes out,
            IdentityHashMap<Object, Object> copies) {
        GLibResourceDeepCopy.deepCopyInto(in, out);
        out.label = copyOnce(in.label, copies, GLibLabelDeepCopy::deepCopy);
        out.sameLabel = copyOnce(in.sameLabel, copies, GLibLabelDeepCopy::deepCopy);
        out.labels = copyListOfGLibLabel(in.labels, copies);
        out.next = GraphIncludesDeepCopy.deepCopyGraph(in.next, copies);
    }

    private static List<GLibLabel> copyListOfGLibLabel(List<GLibLabel> in) {
        if (in == null) {
            return null;
        }
        List<GLibLabel> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GLibLabelDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (GLibLabel element : in) {
                out.add(GLibLabelDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static List<GLibLabel> copyListOfGLibLabel(List<GLibLabel> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        List<GLibLabel> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        List<GLibLabel> out = new ArrayList<>(in.size());
        copies.put(in, out);
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyOnce(in.get(i), copies, GLibLabelDeepCopy::deepCopy));
            }
        } else {
            for (GLibLabel element : in) {
                out.add(copyOnce(element, copies, GLibLabelDeepCopy::deepCopy));
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

package golden;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphBox}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphBoxDeepCopy {
    private GraphBoxDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GraphBox<T> deepCopy(GraphBox<T> in, UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphBox.class) {
            throw new IllegalArgumentException("GraphBoxDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphBox: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphBox sealed or final.");
        }
        GraphBox<T> out = new GraphBox<>();
        deepCopyInto(in, out, copyT);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> void deepCopyInto(GraphBox<T> in, GraphBox<T> out, UnaryOperator<T> copyT) {
        out.value = in.value == null ? null : copyT.apply(in.value);
        out.more = copyListOfT(in.more, copyT);
        out.self = GraphBoxDeepCopy.deepCopy(in.self, copyT);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GraphBox<T> deepCopyGraph(GraphBox<T> in, UnaryOperator<T> copyT) {
        return deepCopyGraph(in, copyT, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GraphBox<T> deepCopyGraph(GraphBox<T> in, UnaryOperator<T> copyT,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphBox<T> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphBox.class) {
            throw new IllegalArgumentException("GraphBoxDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphBox: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphBox sealed or final.");
        }
        GraphBox<T> out = new GraphBox<>();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copyT, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> void deepCopyGraphInto(GraphBox<T> in, GraphBox<T> out,
            UnaryOperator<T> copyT, IdentityHashMap<Object, Object> copies) {
        out.value = copyOnce(in.value, copies, copyT);
        out.more = copyListOfT(in.more, copyT, copies);
        out.self = GraphBoxDeepCopy.deepCopyGraph(in.self, copyT, copies);
    }

    private static <T> List<T> copyListOfT(List<T> in, UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        List<T> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                T element = in.get(i);
                out.add(element == null ? null : copyT.apply(element));
            }
        } else {
            for (T element : in) {
                out.add(element == null ? null : copyT.apply(element));
            }
        }
        return out;
    }

    private static <T> List<T> copyListOfT(List<T> in, UnaryOperator<T> copyT,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        List<T> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        List<T> out = new ArrayList<>(in.size());
        copies.put(in, out);
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyOnce(in.get(i), copies, copyT));
            }
        } else {
            for (T element : in) {
                out.add(copyOnce(element, copies, copyT));
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

package golden;

import java.util.IdentityHashMap;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphDerived}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphDerivedDeepCopy {
    private GraphDerivedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphDerived deepCopy(GraphDerived in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphDerived.class) {
            throw new IllegalArgumentException("GraphDerivedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphDerived: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphDerived sealed or final.");
        }
        GraphDerived out = new GraphDerived();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphDerived in, GraphDerived out) {
        GraphBaseDeepCopy.deepCopyInto(in, out);
        out.weight = in.weight;
        out.partner = GraphDerivedDeepCopy.deepCopy(in.partner);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphDerived deepCopyGraph(GraphDerived in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphDerived deepCopyGraph(GraphDerived in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphDerived seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphDerived.class) {
            throw new IllegalArgumentException("GraphDerivedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphDerived: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphDerived sealed or final.");
        }
        GraphDerived out = new GraphDerived();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphDerived in, GraphDerived out,
            IdentityHashMap<Object, Object> copies) {
        GraphBaseDeepCopy.deepCopyGraphInto(in, out, copies);
        out.weight = in.weight;
        out.partner = GraphDerivedDeepCopy.deepCopyGraph(in.partner, copies);
    }

    /**
     * The copy already made of {@code in} in this graph copy, or null.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copied(T in, IdentityHashMap<Object, Object> copies) {
        return (T) copies.get(in);
    }
}

package golden;

import java.util.IdentityHashMap;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphHierarchies}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphHierarchiesDeepCopy {
    private GraphHierarchiesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphHierarchies deepCopy(GraphHierarchies in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphHierarchies.class) {
            throw new IllegalArgumentException("GraphHierarchiesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphHierarchies: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphHierarchies sealed or final.");
        }
        GraphHierarchies out = new GraphHierarchies();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphHierarchies in, GraphHierarchies out) {
        out.box = GraphBoxDeepCopy.deepCopy(in.box, GraphDerivedDeepCopy::deepCopy);
        out.names = GraphBoxDeepCopy.deepCopy(in.names, UnaryOperator.identity());
        out.shape = copyGraphShape(in.shape);
        out.derived = GraphDerivedDeepCopy.deepCopy(in.derived);
        out.onTree = GraphOnTreeDeepCopy.deepCopy(in.onTree);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphHierarchies deepCopyGraph(GraphHierarchies in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphHierarchies deepCopyGraph(GraphHierarchies in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphHierarchies seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        if (in.getClass() != GraphHierarchies.class) {
            throw new IllegalArgumentException("GraphHierarchiesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphHierarchies: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphHierarchies sealed or final.");
        }
        GraphHierarchies out = new GraphHierarchies();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphHierarchies in, GraphHierarchies out,
            IdentityHashMap<Object, Object> copies) {
        out.box = GraphBoxDeepCopy.deepCopyGraph(in.box, value -> GraphDerivedDeepCopy.deepCopyGraph(value, copies), copies);
        out.names = GraphBoxDeepCopy.deepCopyGraph(in.names, UnaryOperator.identity(), copies);
        out.shape = copyGraphShape(in.shape, copies);
        out.derived = GraphDerivedDeepCopy.deepCopyGraph(in.derived, copies);
        out.onTree = GraphOnTreeDeepCopy.deepCopyGraph(in.onTree, copies);
    }

    private static GraphShape copyGraphShape(GraphShape in) {
        if (in == null) {
            return null;
        }
        if (in instanceof GraphShape.Circle circle) {
            return GraphShape_CircleDeepCopy.deepCopy(circle);
        }
        if (in instanceof GraphShape.Group group) {
            return GraphShape_GroupDeepCopy.deepCopy(group);
        }
        throw new IllegalArgumentException("GraphHierarchiesDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GraphShape that this copier was compiled with. Fix: recompile the copier.");
    }

    private static GraphShape copyGraphShape(GraphShape in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        if (in instanceof GraphShape.Circle circle) {
            return GraphShape_CircleDeepCopy.deepCopyGraph(circle, copies);
        }
        if (in instanceof GraphShape.Group group) {
            return GraphShape_GroupDeepCopy.deepCopyGraph(group, copies);
        }
        throw new IllegalArgumentException("GraphHierarchiesDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GraphShape that this copier was compiled with. Fix: recompile the copier.");
    }

    /**
     * The copy already made of {@code in} in this graph copy, or null.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copied(T in, IdentityHashMap<Object, Object> copies) {
        return (T) copies.get(in);
    }
}

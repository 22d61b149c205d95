package golden;

import java.util.IdentityHashMap;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphShape.Circle}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphShape_CircleDeepCopy {
    private GraphShape_CircleDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphShape.Circle deepCopy(GraphShape.Circle in) {
        if (in == null) {
            return null;
        }
        GraphShape.Circle out = new GraphShape.Circle();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphShape.Circle in, GraphShape.Circle out) {
        out.radius = in.radius;
        out.owner = copyGraphShape(in.owner);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphShape.Circle deepCopyGraph(GraphShape.Circle in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphShape.Circle deepCopyGraph(GraphShape.Circle in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphShape.Circle seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        GraphShape.Circle out = new GraphShape.Circle();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphShape.Circle in, GraphShape.Circle out,
            IdentityHashMap<Object, Object> copies) {
        out.radius = in.radius;
        out.owner = copyGraphShape(in.owner, copies);
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
        throw new IllegalArgumentException("GraphShape_CircleDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GraphShape that this copier was compiled with. Fix: recompile the copier.");
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
        throw new IllegalArgumentException("GraphShape_CircleDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GraphShape that this copier was compiled with. Fix: recompile the copier.");
    }

    /**
     * The copy already made of {@code in} in this graph copy, or null.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copied(T in, IdentityHashMap<Object, Object> copies) {
        return (T) copies.get(in);
    }
}

package golden;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphShape.Group}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphShape_GroupDeepCopy {
    private GraphShape_GroupDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphShape.Group deepCopy(GraphShape.Group in) {
        if (in == null) {
            return null;
        }
        GraphShape.Group out = new GraphShape.Group();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphShape.Group in, GraphShape.Group out) {
        out.members = copyListOfGraphShape(in.members);
    }

    /**
     * Returns a copy of the object graph reachable from {@code in}, or null for null: each object in it
     * is copied once, so shared objects stay shared and cycles stay cycles.
     */
    public static GraphShape.Group deepCopyGraph(GraphShape.Group in) {
        return deepCopyGraph(in, new IdentityHashMap<>());
    }

    /**
     * Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds
     * by original; for the graph copiers that reach this type.
     */
    public static GraphShape.Group deepCopyGraph(GraphShape.Group in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        GraphShape.Group seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        GraphShape.Group out = new GraphShape.Group();
        copies.put(in, out);
        deepCopyGraphInto(in, out, copies);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy, whose
     * copies so far {@code copies} holds. Neither may be null.
     */
    public static void deepCopyGraphInto(GraphShape.Group in, GraphShape.Group out,
            IdentityHashMap<Object, Object> copies) {
        out.members = copyListOfGraphShape(in.members, copies);
    }

    private static List<GraphShape> copyListOfGraphShape(List<GraphShape> in) {
        if (in == null) {
            return null;
        }
        List<GraphShape> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyGraphShape(in.get(i)));
            }
        } else {
            for (GraphShape element : in) {
                out.add(copyGraphShape(element));
            }
        }
        return out;
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
        throw new IllegalArgumentException("GraphShape_GroupDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GraphShape that this copier was compiled with. Fix: recompile the copier.");
    }

    private static List<GraphShape> copyListOfGraphShape(List<GraphShape> in,
            IdentityHashMap<Object, Object> copies) {
        if (in == null) {
            return null;
        }
        List<GraphShape> seen = copied(in, copies);
        if (seen != null) {
            return seen;
        }
        List<GraphShape> out = new ArrayList<>(in.size());
        copies.put(in, out);
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyGraphShape(in.get(i), copies));
            }
        } else {
            for (GraphShape element : in) {
                out.add(copyGraphShape(element, copies));
            }
        }
        return out;
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
        throw new IllegalArgumentException("GraphShape_GroupDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GraphShape that this copier was compiled with. Fix: recompile the copier.");
    }

    /**
     * The copy already made of {@code in} in this graph copy, or null.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copied(T in, IdentityHashMap<Object, Object> copies) {
        return (T) copies.get(in);
    }
}

package golden;

import java.util.ArrayList;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphNote}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphNoteDeepCopy {
    private GraphNoteDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GraphNote deepCopy(GraphNote in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GraphNote.class) {
            throw new IllegalArgumentException("GraphNoteDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GraphNote: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GraphNote sealed or final.");
        }
        GraphNote out = new GraphNote();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphNote in, GraphNote out) {
        out.text = in.text;
        out.lines = in.lines == null ? null : new ArrayList<>(in.lines);
    }
}

package golden;

import java.util.ArrayList;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GraphTreeBase}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GraphTreeBaseDeepCopy {
    private GraphTreeBaseDeepCopy() {
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GraphTreeBase in, GraphTreeBase out) {
        out.labels = in.labels == null ? null : new ArrayList<>(in.labels);
    }
}

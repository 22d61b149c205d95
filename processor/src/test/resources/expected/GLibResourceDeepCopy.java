package golden.graphincludes;

import golden.glib.GLibResource;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GLibResource}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GLibResourceDeepCopy {
    private GLibResourceDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GLibResource deepCopy(GLibResource in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GLibResource.class) {
            throw new IllegalArgumentException("GLibResourceDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.glib.GLibResource: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy GLibResource with a method named in @DeepCopy(uses = ...) instead.");
        }
        GLibResource out = new GLibResource();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GLibResource in, GLibResource out) {
        out.setKind(in.getKind());
        out.setMeta(GLibLabelDeepCopy.deepCopy(in.getMeta()));
    }
}

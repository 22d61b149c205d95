package golden.jshapes;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JacksonShapes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JacksonShapesDeepCopy {
    private JacksonShapesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JacksonShapes deepCopy(JacksonShapes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JacksonShapes.class) {
            throw new IllegalArgumentException("JacksonShapesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jshapes.JacksonShapes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make JacksonShapes sealed or final.");
        }
        JacksonShapes out = new JacksonShapes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JacksonShapes in, JacksonShapes out) {
        out.document = JsDocumentDeepCopy.deepCopy(in.document);
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JdkCollections.Item}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JdkCollections_ItemDeepCopy {
    private JdkCollections_ItemDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JdkCollections.Item deepCopy(JdkCollections.Item in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JdkCollections.Item.class) {
            throw new IllegalArgumentException("JdkCollections_ItemDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.JdkCollections.Item: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Item sealed or final.");
        }
        JdkCollections.Item out = new JdkCollections.Item();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JdkCollections.Item in, JdkCollections.Item out) {
        out.name = in.name;
    }
}

package golden.transitive;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link TransitiveIncludes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class TransitiveIncludesDeepCopy {
    private TransitiveIncludesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static TransitiveIncludes deepCopy(TransitiveIncludes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TransitiveIncludes.class) {
            throw new IllegalArgumentException("TransitiveIncludesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.transitive.TransitiveIncludes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make TransitiveIncludes sealed or final.");
        }
        TransitiveIncludes out = new TransitiveIncludes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(TransitiveIncludes in, TransitiveIncludes out) {
        out.root = TRootDeepCopy.deepCopy(in.root);
        out.nextRoot = V2_TRootDeepCopy.deepCopy(in.nextRoot);
    }
}

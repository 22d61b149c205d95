package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes.Cat}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypes_CatDeepCopy {
    private SealedTypes_CatDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SealedTypes.Cat deepCopy(SealedTypes.Cat in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != SealedTypes.Cat.class) {
            throw new IllegalArgumentException("SealedTypes_CatDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.SealedTypes.Cat: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Cat sealed or final.");
        }
        SealedTypes.Cat out = new SealedTypes.Cat();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SealedTypes.Cat in, SealedTypes.Cat out) {
        SealedTypes_AnimalDeepCopy.deepCopyInto(in, out);
        out.lives = in.lives;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes.Animal}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypes_AnimalDeepCopy {
    private SealedTypes_AnimalDeepCopy() {
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SealedTypes.Animal in, SealedTypes.Animal out) {
        out.name = in.name;
    }
}

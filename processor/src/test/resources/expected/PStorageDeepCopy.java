package golden.subtypes;

import golden.plib.PStorage;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link PStorage}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class PStorageDeepCopy {
    private PStorageDeepCopy() {
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(PStorage in, PStorage out) {
        out.setSizeLimit(in.getSizeLimit());
    }
}

package golden;

import java.util.ArrayList;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes.Dog}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypes_DogDeepCopy {
    private SealedTypes_DogDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SealedTypes.Dog deepCopy(SealedTypes.Dog in) {
        if (in == null) {
            return null;
        }
        SealedTypes.Dog out = new SealedTypes.Dog();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SealedTypes.Dog in, SealedTypes.Dog out) {
        SealedTypes_AnimalDeepCopy.deepCopyInto(in, out);
        out.tricks = in.tricks == null ? null : new ArrayList<>(in.tricks);
    }
}

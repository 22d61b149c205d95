package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes.Car}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypes_CarDeepCopy {
    private SealedTypes_CarDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SealedTypes.Car deepCopy(SealedTypes.Car in) {
        if (in == null) {
            return null;
        }
        SealedTypes.Car out = new SealedTypes.Car();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SealedTypes.Car in, SealedTypes.Car out) {
        SealedTypes_VehicleDeepCopy.deepCopyInto(in, out);
        out.seats = in.seats;
    }
}

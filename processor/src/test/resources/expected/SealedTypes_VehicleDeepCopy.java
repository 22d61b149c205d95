package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes.Vehicle}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypes_VehicleDeepCopy {
    private SealedTypes_VehicleDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SealedTypes.Vehicle deepCopy(SealedTypes.Vehicle in) {
        if (in == null) {
            return null;
        }
        if (in instanceof SealedTypes.Car car) {
            return SealedTypes_CarDeepCopy.deepCopy(car);
        }
        if (in.getClass() != SealedTypes.Vehicle.class) {
            throw new IllegalArgumentException("SealedTypes_VehicleDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subclasses of golden.SealedTypes.Vehicle that this copier was compiled with. Fix: recompile the copier.");
        }
        SealedTypes.Vehicle out = new SealedTypes.Vehicle();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SealedTypes.Vehicle in, SealedTypes.Vehicle out) {
        out.plate = in.plate;
    }
}

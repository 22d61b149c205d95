package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SharedValues}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SharedValuesDeepCopy {
    private SharedValuesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SharedValues deepCopy(SharedValues in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != SharedValues.class) {
            throw new IllegalArgumentException("SharedValuesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.SharedValues: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make SharedValues sealed or final.");
        }
        SharedValues out = new SharedValues();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SharedValues in, SharedValues out) {
        out.count = in.count;
        out.enabled = in.enabled;
        out.ratio = in.ratio;
        out.replicas = in.replicas;
        out.generation = in.generation;
        out.name = in.name;
        out.phase = in.phase;
        out.refillPeriod = in.refillPeriod;
        out.createdAt = in.createdAt;
        out.price = in.price;
        out.uid = in.uid;
    }
}

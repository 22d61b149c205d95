package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link CollectionFields.EnvVar}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class CollectionFields_EnvVarDeepCopy {
    private CollectionFields_EnvVarDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static CollectionFields.EnvVar deepCopy(CollectionFields.EnvVar in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != CollectionFields.EnvVar.class) {
            throw new IllegalArgumentException("CollectionFields_EnvVarDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.CollectionFields.EnvVar: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make EnvVar sealed or final.");
        }
        CollectionFields.EnvVar out = new CollectionFields.EnvVar();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(CollectionFields.EnvVar in, CollectionFields.EnvVar out) {
        out.name = in.name;
        out.value = in.value;
    }
}

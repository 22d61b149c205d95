package golden.subtypes;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsonSubtypes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsonSubtypesDeepCopy {
    private JsonSubtypesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsonSubtypes deepCopy(JsonSubtypes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsonSubtypes.class) {
            throw new IllegalArgumentException("JsonSubtypesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.subtypes.JsonSubtypes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make JsonSubtypes sealed or final.");
        }
        JsonSubtypes out = new JsonSubtypes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JsonSubtypes in, JsonSubtypes out) {
        out.cluster = PClusterDeepCopy.deepCopy(in.cluster);
    }
}

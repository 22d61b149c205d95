package golden.json;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsonMappings}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsonMappingsDeepCopy {
    private JsonMappingsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsonMappings deepCopy(JsonMappings in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsonMappings.class) {
            throw new IllegalArgumentException("JsonMappingsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.json.JsonMappings: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make JsonMappings sealed or final.");
        }
        JsonMappings out = new JsonMappings();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JsonMappings in, JsonMappings out) {
        out.broker = JBrokerDeepCopy.deepCopy(in.broker);
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link Optionals.Endpoint}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class Optionals_EndpointDeepCopy {
    private Optionals_EndpointDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static Optionals.Endpoint deepCopy(Optionals.Endpoint in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != Optionals.Endpoint.class) {
            throw new IllegalArgumentException("Optionals_EndpointDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.Optionals.Endpoint: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Endpoint sealed or final.");
        }
        Optionals.Endpoint out = new Optionals.Endpoint();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(Optionals.Endpoint in, Optionals.Endpoint out) {
        out.url = in.url;
    }
}

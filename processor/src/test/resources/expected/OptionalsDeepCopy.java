package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link Optionals}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class OptionalsDeepCopy {
    private OptionalsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static Optionals deepCopy(Optionals in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != Optionals.class) {
            throw new IllegalArgumentException("OptionalsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.Optionals: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Optionals sealed or final.");
        }
        Optionals out = new Optionals();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(Optionals in, Optionals out) {
        out.nickname = in.nickname;
        out.port = in.port;
        out.endpoint = copyOptionalOfEndpoint(in.endpoint);
        out.fallbacks = copyOptionalOfListOfEndpoint(in.fallbacks);
    }

    private static Optional<Optionals.Endpoint> copyOptionalOfEndpoint(
            Optional<Optionals.Endpoint> in) {
        if (in == null) {
            return null;
        }
        if (in.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optionals_EndpointDeepCopy.deepCopy(in.get()));
    }

    private static Optional<List<Optionals.Endpoint>> copyOptionalOfListOfEndpoint(
            Optional<List<Optionals.Endpoint>> in) {
        if (in == null) {
            return null;
        }
        if (in.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(copyListOfEndpoint(in.get()));
    }

    private static List<Optionals.Endpoint> copyListOfEndpoint(List<Optionals.Endpoint> in) {
        if (in == null) {
            return null;
        }
        List<Optionals.Endpoint> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(Optionals_EndpointDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (Optionals.Endpoint element : in) {
                out.add(Optionals_EndpointDeepCopy.deepCopy(element));
            }
        }
        return out;
    }
}

package golden;

import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericSealed.Full}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericSealed_FullDeepCopy {
    private GenericSealed_FullDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GenericSealed.Full<T> deepCopy(GenericSealed.Full<T> in,
            UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        GenericSealed.Full<T> out = new GenericSealed.Full<>();
        deepCopyInto(in, out, copyT);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> void deepCopyInto(GenericSealed.Full<T> in, GenericSealed.Full<T> out,
            UnaryOperator<T> copyT) {
        out.value = in.value == null ? null : copyT.apply(in.value);
    }
}

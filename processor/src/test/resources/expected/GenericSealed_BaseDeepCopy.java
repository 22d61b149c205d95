package golden;

import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericSealed.Base}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericSealed_BaseDeepCopy {
    private GenericSealed_BaseDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GenericSealed.Base<T> deepCopy(GenericSealed.Base<T> in,
            UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        if (in instanceof GenericSealed.Sub<T> sub) {
            return GenericSealed_SubDeepCopy.deepCopy(sub, copyT);
        }
        if (in.getClass() != GenericSealed.Base.class) {
            throw new IllegalArgumentException("GenericSealed_BaseDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subclasses of golden.GenericSealed.Base that this copier was compiled with. Fix: recompile the copier.");
        }
        GenericSealed.Base<T> out = new GenericSealed.Base<>();
        deepCopyInto(in, out, copyT);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> void deepCopyInto(GenericSealed.Base<T> in, GenericSealed.Base<T> out,
            UnaryOperator<T> copyT) {
        out.value = in.value == null ? null : copyT.apply(in.value);
    }
}

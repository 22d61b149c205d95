package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericSealed.Sub}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericSealed_SubDeepCopy {
    private GenericSealed_SubDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GenericSealed.Sub<T> deepCopy(GenericSealed.Sub<T> in,
            UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        GenericSealed.Sub<T> out = new GenericSealed.Sub<>();
        deepCopyInto(in, out, copyT);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> void deepCopyInto(GenericSealed.Sub<T> in, GenericSealed.Sub<T> out,
            UnaryOperator<T> copyT) {
        GenericSealed_BaseDeepCopy.deepCopyInto(in, out, copyT);
        out.more = copyListOfT(in.more, copyT);
    }

    private static <T> List<T> copyListOfT(List<T> in, UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        List<T> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                T element = in.get(i);
                out.add(element == null ? null : copyT.apply(element));
            }
        } else {
            for (T element : in) {
                out.add(element == null ? null : copyT.apply(element));
            }
        }
        return out;
    }
}

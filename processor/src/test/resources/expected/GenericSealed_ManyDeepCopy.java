package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericSealed.Many}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericSealed_ManyDeepCopy {
    private GenericSealed_ManyDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GenericSealed.Many<T> deepCopy(GenericSealed.Many<T> in,
            UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        return new GenericSealed.Many<>(copyListOfT(in.values(), copyT));
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

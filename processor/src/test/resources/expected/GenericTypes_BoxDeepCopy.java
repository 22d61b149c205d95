package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericTypes.Box}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericTypes_BoxDeepCopy {
    private GenericTypes_BoxDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> GenericTypes.Box<T> deepCopy(GenericTypes.Box<T> in, UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GenericTypes.Box.class) {
            throw new IllegalArgumentException("GenericTypes_BoxDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GenericTypes.Box: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Box sealed or final.");
        }
        GenericTypes.Box<T> out = new GenericTypes.Box<>();
        deepCopyInto(in, out, copyT);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> void deepCopyInto(GenericTypes.Box<T> in, GenericTypes.Box<T> out,
            UnaryOperator<T> copyT) {
        out.value = in.value == null ? null : copyT.apply(in.value);
        out.history = copyListOfT(in.history, copyT);
        out.previous = GenericTypes_BoxDeepCopy.deepCopy(in.previous, copyT);
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

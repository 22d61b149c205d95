package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericTypes.Entry}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericTypes_EntryDeepCopy {
    private GenericTypes_EntryDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <K, V> GenericTypes.Entry<K, V> deepCopy(GenericTypes.Entry<K, V> in,
            UnaryOperator<K> copyK, UnaryOperator<V> copyV) {
        if (in == null) {
            return null;
        }
        K key = in.key();
        V value = in.value();
        return new GenericTypes.Entry<>(key == null ? null : copyK.apply(key),
                value == null ? null : copyV.apply(value), copyListOfV(in.older(), copyV));
    }

    private static <V> List<V> copyListOfV(List<V> in, UnaryOperator<V> copyV) {
        if (in == null) {
            return null;
        }
        List<V> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                V element = in.get(i);
                out.add(element == null ? null : copyV.apply(element));
            }
        } else {
            for (V element : in) {
                out.add(element == null ? null : copyV.apply(element));
            }
        }
        return out;
    }
}

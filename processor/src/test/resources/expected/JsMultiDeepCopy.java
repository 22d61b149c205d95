package golden.jshapes;

import golden.jslib.JsMulti;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsMulti}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsMultiDeepCopy {
    private JsMultiDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <K, V> JsMulti<K, V> deepCopy(JsMulti<K, V> in, UnaryOperator<K> copyK,
            UnaryOperator<V> copyV) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsMulti.class) {
            throw new IllegalArgumentException("JsMultiDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsMulti: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsMulti with a method named in @DeepCopy(uses = ...) instead.");
        }
        JsMulti<K, V> out = new JsMulti<>();
        deepCopyInto(in, out, copyK, copyV);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <K, V> void deepCopyInto(JsMulti<K, V> in, JsMulti<K, V> out,
            UnaryOperator<K> copyK, UnaryOperator<V> copyV) {
        out.clear();
        for (Map.Entry<K, List<V>> entry : in.entrySet()) {
            out.put(entry.getKey(), copyListOfV(entry.getValue(), copyV));
        }
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

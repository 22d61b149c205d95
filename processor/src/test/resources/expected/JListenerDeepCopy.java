package golden.json;

import golden.jlib.JListener;
import golden.jlib.JTls;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JListener}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JListenerDeepCopy {
    private JListenerDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JListener deepCopy(JListener in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JListener.class) {
            throw new IllegalArgumentException("JListenerDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jlib.JListener: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JListener with a method named in @DeepCopy(uses = ...) instead.");
        }
        JListener out = new JListener();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JListener in, JListener out) {
        out.setPort(in.getPort());
        Map<String, JTls> stale = out.tls();
        if (stale != null && !stale.isEmpty()) {
            stale.clear();
        }
        Map<String, JTls> tls = in.tls();
        if (tls != null) {
            for (Map.Entry<String, JTls> entry : tls.entrySet()) {
                out.putTls(entry.getKey(), JTlsDeepCopy.deepCopy(entry.getValue()));
            }
        }
    }
}

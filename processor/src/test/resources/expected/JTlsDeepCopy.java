package golden.json;

import golden.jlib.JTls;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JTls}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JTlsDeepCopy {
    private JTlsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JTls deepCopy(JTls in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JTls.class) {
            throw new IllegalArgumentException("JTlsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jlib.JTls: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JTls with a method named in @DeepCopy(uses = ...) instead.");
        }
        JTls out = new JTls();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JTls in, JTls out) {
        List<String> ciphers = in.getCiphers();
        out.setCiphers(ciphers == null ? null : new ArrayList<>(ciphers));
    }
}

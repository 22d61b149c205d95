package golden;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JavaBeans}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JavaBeansDeepCopy {
    private JavaBeansDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JavaBeans deepCopy(JavaBeans in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JavaBeans.class) {
            throw new IllegalArgumentException("JavaBeansDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.JavaBeans: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make JavaBeans sealed or final.");
        }
        JavaBeans out = new JavaBeans();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JavaBeans in, JavaBeans out) {
        out.setImage(in.getImage());
        out.setTrustProxyHeaders(in.isTrustProxyHeaders());
        out.setReadOnly(in.getReadOnly());
        List<String> args = in.getArgs();
        out.setArgs(args == null ? null : new ArrayList<>(args));
        out.visible = in.visible;
    }
}

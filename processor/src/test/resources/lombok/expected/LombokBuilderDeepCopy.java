package lomboktest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokBuilder}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokBuilderDeepCopy {
    private LombokBuilderDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokBuilder deepCopy(LombokBuilder in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokBuilder.class) {
            throw new IllegalArgumentException("LombokBuilderDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokBuilder: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make LombokBuilder sealed or final.");
        }
        LombokBuilder out = new LombokBuilder();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokBuilder in, LombokBuilder out) {
        out.setImage(in.getImage());
        out.setReplicas(in.getReplicas());
        List<String> args = in.getArgs();
        out.setArgs(args == null ? null : new ArrayList<>(args));
        Map<String, String> env = in.getEnv();
        out.setEnv(env == null ? null : new LinkedHashMap<>(env));
    }
}

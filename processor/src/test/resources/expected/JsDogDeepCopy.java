package golden.jshapes;

import golden.jslib.JsDog;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsDog}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsDogDeepCopy {
    private JsDogDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsDog deepCopy(JsDog in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsDog.class) {
            throw new IllegalArgumentException("JsDogDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsDog: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsDog with a method named in @DeepCopy(uses = ...) instead.");
        }
        JsDog out = new JsDog();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JsDog in, JsDog out) {
        out.setName(in.getName());
        out.setBarks(in.getBarks());
        List<String> toys = in.getToys();
        out.setToys(toys == null ? null : new ArrayList<>(toys));
    }
}

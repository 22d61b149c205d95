package golden.jshapes;

import golden.jslib.JsCat;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsCat}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsCatDeepCopy {
    private JsCatDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsCat deepCopy(JsCat in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsCat.class) {
            throw new IllegalArgumentException("JsCatDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsCat: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsCat with a method named in @DeepCopy(uses = ...) instead.");
        }
        JsCat out = new JsCat();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JsCat in, JsCat out) {
        out.setName(in.getName());
        out.setLives(in.getLives());
        List<String> toys = in.getToys();
        out.setToys(toys == null ? null : new ArrayList<>(toys));
    }
}

package golden;

import golden.lib.LibIntOrText;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link Includes.Spec}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class Includes_SpecDeepCopy {
    private Includes_SpecDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static Includes.Spec deepCopy(Includes.Spec in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != Includes.Spec.class) {
            throw new IllegalArgumentException("Includes_SpecDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.Includes.Spec: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Spec sealed or final.");
        }
        Includes.Spec out = new Includes.Spec();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(Includes.Spec in, Includes.Spec out) {
        out.ports = copyListOfLibIntOrText(in.ports);
        out.template = LibMetaDeepCopy.deepCopy(in.template);
    }

    private static List<LibIntOrText> copyListOfLibIntOrText(List<LibIntOrText> in) {
        if (in == null) {
            return null;
        }
        List<LibIntOrText> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(LibIntOrTextDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (LibIntOrText element : in) {
                out.add(LibIntOrTextDeepCopy.deepCopy(element));
            }
        }
        return out;
    }
}

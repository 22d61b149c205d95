package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link Inheritance}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class InheritanceDeepCopy {
    private InheritanceDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static Inheritance deepCopy(Inheritance in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != Inheritance.class) {
            throw new IllegalArgumentException("InheritanceDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.Inheritance: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Inheritance sealed or final.");
        }
        Inheritance out = new Inheritance();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(Inheritance in, Inheritance out) {
        InheritanceMetaDeepCopy.deepCopyInto(in, out);
        out.spec = InheritanceSpecDeepCopy.deepCopy(in.spec);
        out.status = copyListOfInheritanceSpec(in.status);
        out.note = in.note;
    }

    private static List<InheritanceSpec> copyListOfInheritanceSpec(List<InheritanceSpec> in) {
        if (in == null) {
            return null;
        }
        List<InheritanceSpec> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(InheritanceSpecDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (InheritanceSpec element : in) {
                out.add(InheritanceSpecDeepCopy.deepCopy(element));
            }
        }
        return out;
    }
}

package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link UsesMethods}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class UsesMethodsDeepCopy {
    private UsesMethodsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static UsesMethods deepCopy(UsesMethods in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != UsesMethods.class) {
            throw new IllegalArgumentException("UsesMethodsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.UsesMethods: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make UsesMethods sealed or final.");
        }
        UsesMethods out = new UsesMethods();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(UsesMethods in, UsesMethods out) {
        out.background = in.background == null ? null : UsesMethods.LibraryCopies.copyColor(in.background);
        out.palette = copyListOfColor(in.palette);
    }

    private static List<UsesMethods.Color> copyListOfColor(List<UsesMethods.Color> in) {
        if (in == null) {
            return null;
        }
        List<UsesMethods.Color> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                UsesMethods.Color element = in.get(i);
                out.add(element == null ? null : UsesMethods.LibraryCopies.copyColor(element));
            }
        } else {
            for (UsesMethods.Color element : in) {
                out.add(element == null ? null : UsesMethods.LibraryCopies.copyColor(element));
            }
        }
        return out;
    }
}

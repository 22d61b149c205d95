package golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link InlineValueClasses}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class InlineValueClassesDeepCopy {
    private InlineValueClassesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static InlineValueClasses deepCopy(InlineValueClasses in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != InlineValueClasses.class) {
            throw new IllegalArgumentException("InlineValueClassesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.InlineValueClasses: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make InlineValueClasses sealed or final.");
        }
        InlineValueClasses out = new InlineValueClasses();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(InlineValueClasses in, InlineValueClasses out) {
        out.price = in.price;
        out.labels = copyTags(in.labels);
        out.history = copyListOfTags(in.history);
        out.prices = in.prices == null ? null : new LinkedHashMap<>(in.prices);
        out.window = copyWindow(in.window);
    }

    private static InlineValueClasses.Tags copyTags(InlineValueClasses.Tags in) {
        if (in == null) {
            return null;
        }
        List<String> values = in.getValues();
        return new InlineValueClasses.Tags(values == null ? null : new ArrayList<>(values),
                in.owner);
    }

    private static List<InlineValueClasses.Tags> copyListOfTags(List<InlineValueClasses.Tags> in) {
        if (in == null) {
            return null;
        }
        List<InlineValueClasses.Tags> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyTags(in.get(i)));
            }
        } else {
            for (InlineValueClasses.Tags element : in) {
                out.add(copyTags(element));
            }
        }
        return out;
    }

    private static InlineValueClasses.Window copyWindow(InlineValueClasses.Window in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != InlineValueClasses.Window.class) {
            throw new IllegalArgumentException("InlineValueClassesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.InlineValueClasses.Window: rebuilding it through the constructor of Window would lose the subclass's fields. Fix: make Window final, or annotate it with @DeepCopy and give the hierarchy a deepCopy() method that the subclass overrides.");
        }
        List<Integer> hours = in.getHours();
        return new InlineValueClasses.Window(hours == null ? null : new ArrayList<>(hours));
    }
}

package golden;

import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link CollectionSubclasses}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class CollectionSubclassesDeepCopy {
    private CollectionSubclassesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static CollectionSubclasses deepCopy(CollectionSubclasses in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != CollectionSubclasses.class) {
            throw new IllegalArgumentException("CollectionSubclassesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.CollectionSubclasses: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make CollectionSubclasses sealed or final.");
        }
        CollectionSubclasses out = new CollectionSubclasses();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(CollectionSubclasses in, CollectionSubclasses out) {
        out.bars = copyBars(in.bars);
        out.labels = copyLabels(in.labels);
    }

    private static CollectionSubclasses.Bars copyBars(CollectionSubclasses.Bars in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != CollectionSubclasses.Bars.class) {
            throw new IllegalArgumentException("CollectionSubclassesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.CollectionSubclasses.Bars: the copy would lose its class. Fix: give golden.CollectionSubclasses.Bars a deepCopy() method that its subclasses override.");
        }
        CollectionSubclasses.Bars out = new CollectionSubclasses.Bars();
        for (CollectionSubclasses.Bar element : in) {
            out.add(CollectionSubclasses_BarDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static CollectionSubclasses.Labels copyLabels(CollectionSubclasses.Labels in) {
        if (in == null) {
            return null;
        }
        CollectionSubclasses.Labels out = new CollectionSubclasses.Labels();
        for (Map.Entry<String, String> entry : in.entrySet()) {
            out.put(entry.getKey(), entry.getValue());
        }
        return out;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link CollectionSubclasses.Bar}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class CollectionSubclasses_BarDeepCopy {
    private CollectionSubclasses_BarDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static CollectionSubclasses.Bar deepCopy(CollectionSubclasses.Bar in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != CollectionSubclasses.Bar.class) {
            throw new IllegalArgumentException("CollectionSubclasses_BarDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.CollectionSubclasses.Bar: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Bar sealed or final.");
        }
        CollectionSubclasses.Bar out = new CollectionSubclasses.Bar();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(CollectionSubclasses.Bar in, CollectionSubclasses.Bar out) {
        out.name = in.name;
    }
}

package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link HiddenFields}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class HiddenFieldsDeepCopy {
    private HiddenFieldsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static HiddenFields deepCopy(HiddenFields in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != HiddenFields.class) {
            throw new IllegalArgumentException("HiddenFieldsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.HiddenFields: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make HiddenFields sealed or final.");
        }
        HiddenFields out = new HiddenFields();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(HiddenFields in, HiddenFields out) {
        out.sub = HiddenFields_SubDeepCopy.deepCopy(in.sub);
        out.named = HiddenFields_NamedDeepCopy.deepCopy(in.named);
    }
}

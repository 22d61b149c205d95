package golden;

import java.util.ArrayList;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link HiddenFields.Named}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class HiddenFields_NamedDeepCopy {
    private HiddenFields_NamedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static HiddenFields.Named deepCopy(HiddenFields.Named in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != HiddenFields.Named.class) {
            throw new IllegalArgumentException("HiddenFields_NamedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.HiddenFields.Named: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Named sealed or final.");
        }
        HiddenFields.Named out = new HiddenFields.Named();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(HiddenFields.Named in, HiddenFields.Named out) {
        out.first = in.first;
        ((HiddenFields.Pair<String>) out).more = ((HiddenFields.Pair<String>) in).more == null ? null : new ArrayList<>(((HiddenFields.Pair<String>) in).more);
        out.more = in.more == null ? null : new ArrayList<>(in.more);
    }
}

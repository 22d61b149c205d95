package golden;

import java.util.ArrayList;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ShallowAndImmutable}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ShallowAndImmutableDeepCopy {
    private ShallowAndImmutableDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ShallowAndImmutable deepCopy(ShallowAndImmutable in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ShallowAndImmutable.class) {
            throw new IllegalArgumentException("ShallowAndImmutableDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.ShallowAndImmutable: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make ShallowAndImmutable sealed or final.");
        }
        ShallowAndImmutable out = new ShallowAndImmutable();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(ShallowAndImmutable in, ShallowAndImmutable out) {
        out.cache = in.cache;
        out.version = in.version;
        out.history = in.history == null ? null : new ArrayList<>(in.history);
    }
}

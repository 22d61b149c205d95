package golden;

import golden.lib.LibOwner;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LibOwner}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LibOwnerDeepCopy {
    private LibOwnerDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LibOwner deepCopy(LibOwner in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LibOwner.class) {
            throw new IllegalArgumentException("LibOwnerDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.lib.LibOwner: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy LibOwner with a method named in @DeepCopy(uses = ...) instead.");
        }
        LibOwner out = new LibOwner();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LibOwner in, LibOwner out) {
        out.setUid(in.getUid());
        out.setController(in.isController());
        out.setBlockDeletion(in.getBlockDeletion());
    }
}

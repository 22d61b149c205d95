package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericSealed}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericSealedDeepCopy {
    private GenericSealedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GenericSealed deepCopy(GenericSealed in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GenericSealed.class) {
            throw new IllegalArgumentException("GenericSealedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GenericSealed: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GenericSealed sealed or final.");
        }
        GenericSealed out = new GenericSealed();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GenericSealed in, GenericSealed out) {
        out.slot = copySlotOfListOfString(in.slot);
        out.text = copySlotOfString(in.text);
        out.base = GenericSealed_BaseDeepCopy.deepCopy(in.base, GenericSealedDeepCopy::copyListOfString);
    }

    private static GenericSealed.Slot<List<String>> copySlotOfListOfString(
            GenericSealed.Slot<List<String>> in) {
        if (in == null) {
            return null;
        }
        if (in instanceof GenericSealed.Empty<List<String>> empty) {
            return empty;
        }
        if (in instanceof GenericSealed.Full<List<String>> full) {
            return GenericSealed_FullDeepCopy.deepCopy(full, GenericSealedDeepCopy::copyListOfString);
        }
        if (in instanceof GenericSealed.Many<List<String>> many) {
            return GenericSealed_ManyDeepCopy.deepCopy(many, GenericSealedDeepCopy::copyListOfString);
        }
        throw new IllegalArgumentException("GenericSealedDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GenericSealed.Slot that this copier was compiled with. Fix: recompile the copier.");
    }

    private static List<String> copyListOfString(List<String> in) {
        if (in == null) {
            return null;
        }
        return new ArrayList<>(in);
    }

    private static GenericSealed.Slot<String> copySlotOfString(GenericSealed.Slot<String> in) {
        if (in == null) {
            return null;
        }
        if (in instanceof GenericSealed.Empty<String> empty) {
            return empty;
        }
        if (in instanceof GenericSealed.Full<String> full) {
            return GenericSealed_FullDeepCopy.deepCopy(full, UnaryOperator.identity());
        }
        if (in instanceof GenericSealed.Many<String> many) {
            return GenericSealed_ManyDeepCopy.deepCopy(many, UnaryOperator.identity());
        }
        throw new IllegalArgumentException("GenericSealedDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.GenericSealed.Slot that this copier was compiled with. Fix: recompile the copier.");
    }
}

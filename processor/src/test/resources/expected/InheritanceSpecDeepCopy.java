package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link InheritanceSpec}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
final class InheritanceSpecDeepCopy {
    private InheritanceSpecDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    static InheritanceSpec deepCopy(InheritanceSpec in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != InheritanceSpec.class) {
            throw new IllegalArgumentException("InheritanceSpecDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.InheritanceSpec: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make InheritanceSpec sealed or final.");
        }
        InheritanceSpec out = new InheritanceSpec();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    static void deepCopyInto(InheritanceSpec in, InheritanceSpec out) {
        out.replicas = in.replicas;
    }
}

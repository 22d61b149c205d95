package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link InheritanceMeta}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
final class InheritanceMetaDeepCopy {
    private InheritanceMetaDeepCopy() {
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    static void deepCopyInto(InheritanceMeta in, InheritanceMeta out) {
        out.setKind(in.getKind());
    }
}

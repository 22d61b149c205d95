package golden;

import golden.lib.LibResource;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LibResource}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LibResourceDeepCopy {
    private LibResourceDeepCopy() {
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <S> void deepCopyInto(LibResource<S> in, LibResource<S> out,
            UnaryOperator<S> copyS) {
        out.setMetadata(LibMetaDeepCopy.deepCopy(in.getMetadata()));
        S spec = in.getSpec();
        out.setSpec(spec == null ? null : copyS.apply(spec));
    }
}

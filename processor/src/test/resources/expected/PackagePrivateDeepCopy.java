package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link PackagePrivate}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
final class PackagePrivateDeepCopy {
    private PackagePrivateDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    static PackagePrivate deepCopy(PackagePrivate in) {
        if (in == null) {
            return null;
        }
        PackagePrivate out = new PackagePrivate();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    static void deepCopyInto(PackagePrivate in, PackagePrivate out) {
        out.value = in.value;
    }
}

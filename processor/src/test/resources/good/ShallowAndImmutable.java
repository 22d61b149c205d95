package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * Rules 1 and 2: a @DeepCopy.Shallow field is shared on purpose; a @DeepCopy.Immutable type is shared
 * wherever it appears.
 */
@DeepCopy
public class ShallowAndImmutable {
    @DeepCopy.Immutable
    public static final class Version {
        final int major;
        final int minor;

        public Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }
    }

    /** A cache the copy should share, not copy. */
    // behaviour: sharing ShallowAndImmutable.cache
    @DeepCopy.Shallow Map<String, Object> cache;
    Version version;
    List<Version> history;
}

package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokJacksonized}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokJacksonizedDeepCopy {
    private LombokJacksonizedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokJacksonized deepCopy(LombokJacksonized in) {
        if (in == null) {
            return null;
        }
        List<String> tags = in.getTags();
        return new LombokJacksonized(in.getName(), tags == null ? null : new ArrayList<>(tags));
    }
}

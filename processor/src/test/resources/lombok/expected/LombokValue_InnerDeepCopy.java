package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokValue.Inner}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokValue_InnerDeepCopy {
    private LombokValue_InnerDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokValue.Inner deepCopy(LombokValue.Inner in) {
        if (in == null) {
            return null;
        }
        List<String> values = in.getValues();
        return new LombokValue.Inner(in.getLabel(),
                values == null ? null : new ArrayList<>(values));
    }
}

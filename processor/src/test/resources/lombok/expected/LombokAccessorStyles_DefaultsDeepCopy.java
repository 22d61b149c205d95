package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokAccessorStyles.Defaults}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokAccessorStyles_DefaultsDeepCopy {
    private LombokAccessorStyles_DefaultsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokAccessorStyles.Defaults deepCopy(LombokAccessorStyles.Defaults in) {
        if (in == null) {
            return null;
        }
        List<String> values = in.getValues();
        return new LombokAccessorStyles.Defaults(in.getLabel(),
                values == null ? null : new ArrayList<>(values));
    }
}

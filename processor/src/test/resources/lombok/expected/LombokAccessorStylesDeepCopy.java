package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokAccessorStyles}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokAccessorStylesDeepCopy {
    private LombokAccessorStylesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokAccessorStyles deepCopy(LombokAccessorStyles in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokAccessorStyles.class) {
            throw new IllegalArgumentException("LombokAccessorStylesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokAccessorStyles: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make LombokAccessorStyles sealed or final.");
        }
        LombokAccessorStyles out = new LombokAccessorStyles();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokAccessorStyles in, LombokAccessorStyles out) {
        out.setId(in.getId());
        out.setEnabled(in.getEnabled());
        List<String> tags = in.getTags();
        out.setTags(tags == null ? null : new ArrayList<>(tags));
        out.setFluent(LombokAccessorStyles_FluentDeepCopy.deepCopy(in.getFluent()));
        out.setPrefixed(LombokAccessorStyles_PrefixedDeepCopy.deepCopy(in.getPrefixed()));
        out.setDefaults(LombokAccessorStyles_DefaultsDeepCopy.deepCopy(in.getDefaults()));
        out.setPoint(copyPoint(in.getPoint()));
    }

    private static LombokAccessorStyles.Point copyPoint(LombokAccessorStyles.Point in) {
        if (in == null) {
            return null;
        }
        List<Integer> y = in.y();
        return new LombokAccessorStyles.Point(in.x(), y == null ? null : new ArrayList<>(y));
    }
}

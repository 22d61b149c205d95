package golden;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link ValueClasses.Point}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class ValueClasses_PointDeepCopy {
    private ValueClasses_PointDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static ValueClasses.Point deepCopy(ValueClasses.Point in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ValueClasses.Point.class) {
            throw new IllegalArgumentException("ValueClasses_PointDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.ValueClasses.Point: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Point sealed or final.");
        }
        List<Integer> path = in.path;
        return new ValueClasses.Point(path == null ? null : new ArrayList<>(path), in.y, in.x);
    }
}

package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes.Polygon}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypes_PolygonDeepCopy {
    private SealedTypes_PolygonDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SealedTypes.Polygon deepCopy(SealedTypes.Polygon in) {
        if (in == null) {
            return null;
        }
        SealedTypes.Polygon out = new SealedTypes.Polygon();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SealedTypes.Polygon in, SealedTypes.Polygon out) {
        out.points = copyListOfArrayOfDouble(in.points);
    }

    private static List<double[]> copyListOfArrayOfDouble(List<double[]> in) {
        if (in == null) {
            return null;
        }
        List<double[]> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                double[] element = in.get(i);
                out.add(element == null ? null : element.clone());
            }
        } else {
            for (double[] element : in) {
                out.add(element == null ? null : element.clone());
            }
        }
        return out;
    }
}

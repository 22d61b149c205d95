package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes.Group}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypes_GroupDeepCopy {
    private SealedTypes_GroupDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SealedTypes.Group deepCopy(SealedTypes.Group in) {
        if (in == null) {
            return null;
        }
        return new SealedTypes.Group(in.name(), copyListOfShape(in.members()));
    }

    private static List<SealedTypes.Shape> copyListOfShape(List<SealedTypes.Shape> in) {
        if (in == null) {
            return null;
        }
        List<SealedTypes.Shape> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyShape(in.get(i)));
            }
        } else {
            for (SealedTypes.Shape element : in) {
                out.add(copyShape(element));
            }
        }
        return out;
    }

    private static SealedTypes.Shape copyShape(SealedTypes.Shape in) {
        if (in == null) {
            return null;
        }
        if (in instanceof SealedTypes.Circle circle) {
            return circle;
        }
        if (in instanceof SealedTypes.Group group) {
            return SealedTypes_GroupDeepCopy.deepCopy(group);
        }
        if (in instanceof SealedTypes.Polygon polygon) {
            return SealedTypes_PolygonDeepCopy.deepCopy(polygon);
        }
        throw new IllegalArgumentException("SealedTypes_GroupDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.SealedTypes.Shape that this copier was compiled with. Fix: recompile the copier.");
    }
}

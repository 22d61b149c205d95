package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SealedTypes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SealedTypesDeepCopy {
    private SealedTypesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SealedTypes deepCopy(SealedTypes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != SealedTypes.class) {
            throw new IllegalArgumentException("SealedTypesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.SealedTypes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make SealedTypes sealed or final.");
        }
        SealedTypes out = new SealedTypes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SealedTypes in, SealedTypes out) {
        out.shape = copyShape(in.shape);
        out.shapes = copyListOfShape(in.shapes);
        out.pet = copyAnimal(in.pet);
        out.vehicle = SealedTypes_VehicleDeepCopy.deepCopy(in.vehicle);
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
        throw new IllegalArgumentException("SealedTypesDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.SealedTypes.Shape that this copier was compiled with. Fix: recompile the copier.");
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

    private static SealedTypes.Animal copyAnimal(SealedTypes.Animal in) {
        if (in == null) {
            return null;
        }
        if (in instanceof SealedTypes.Cat cat) {
            return SealedTypes_CatDeepCopy.deepCopy(cat);
        }
        if (in instanceof SealedTypes.Dog dog) {
            return SealedTypes_DogDeepCopy.deepCopy(dog);
        }
        throw new IllegalArgumentException("SealedTypesDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.SealedTypes.Animal that this copier was compiled with. Fix: recompile the copier.");
    }
}

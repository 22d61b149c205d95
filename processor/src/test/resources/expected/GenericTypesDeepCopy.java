package golden;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link GenericTypes}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class GenericTypesDeepCopy {
    private GenericTypesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static GenericTypes deepCopy(GenericTypes in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != GenericTypes.class) {
            throw new IllegalArgumentException("GenericTypesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.GenericTypes: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make GenericTypes sealed or final.");
        }
        GenericTypes out = new GenericTypes();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(GenericTypes in, GenericTypes out) {
        out.item = GenericTypes_BoxDeepCopy.deepCopy(in.item, GenericTypes_ItemDeepCopy::deepCopy);
        out.name = GenericTypes_BoxDeepCopy.deepCopy(in.name, UnaryOperator.identity());
        out.items = GenericTypes_BoxDeepCopy.deepCopy(in.items, GenericTypesDeepCopy::copyListOfItem);
        out.nested = GenericTypes_BoxDeepCopy.deepCopy(in.nested, GenericTypesDeepCopy::copyBoxOfItem);
        out.entry = GenericTypes_EntryDeepCopy.deepCopy(in.entry, UnaryOperator.identity(), GenericTypes_ItemDeepCopy::deepCopy);
        out.boxes = copyMapOfStringToBoxOfItem(in.boxes);
    }

    private static List<GenericTypes.Item> copyListOfItem(List<GenericTypes.Item> in) {
        if (in == null) {
            return null;
        }
        List<GenericTypes.Item> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(GenericTypes_ItemDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (GenericTypes.Item element : in) {
                out.add(GenericTypes_ItemDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static GenericTypes.Box<GenericTypes.Item> copyBoxOfItem(
            GenericTypes.Box<GenericTypes.Item> in) {
        if (in == null) {
            return null;
        }
        return GenericTypes_BoxDeepCopy.deepCopy(in, GenericTypes_ItemDeepCopy::deepCopy);
    }

    private static Map<String, GenericTypes.Box<GenericTypes.Item>> copyMapOfStringToBoxOfItem(
            Map<String, GenericTypes.Box<GenericTypes.Item>> in) {
        if (in == null) {
            return null;
        }
        Map<String, GenericTypes.Box<GenericTypes.Item>> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, GenericTypes.Box<GenericTypes.Item>> entry : in.entrySet()) {
            out.put(entry.getKey(), GenericTypes_BoxDeepCopy.deepCopy(entry.getValue(), GenericTypes_ItemDeepCopy::deepCopy));
        }
        return out;
    }
}

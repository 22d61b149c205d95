package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One field per reason that DeepCopyUnsupportedType gives. */
@DeepCopy
public class UnsupportedTypeReasons extends other.ProtectedRecords {
    public record Pair<T>(T first, List<String> names) {}

    abstract static class Bag extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
    }

    static class SizedBag extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        SizedBag(int size) {
            super(size);
        }
    }

    static sealed class Vehicle permits Car {}

    static final class Car extends Vehicle {}

    sealed interface Slot<T> permits Wrapped {}

    @DeepCopy
    static final class Wrapped<T> implements Slot<List<T>> {
        List<T> values;
    }

    record Chain<T>(T value, Chain<List<T>> next) {}

    Pair<?> pair; // error: [DeepCopyUnsupportedType] is a wildcard
    io.fabric8.kubernetes.api.model.ObjectMeta meta; // error: [DeepCopyUnsupportedType] list ObjectMeta in @DeepCopy.Include
    io.fabric8.kubernetes.api.model.HasMetadata resource; // error: [DeepCopyUnsupportedType] it is a library interface
    Bag bag; // error: [DeepCopyUnsupportedType] names no class to create
    SizedBag sized; // error: [DeepCopyUnsupportedType] without a no-argument constructor
    Secret secret; // error: [DeepCopyUnsupportedType] whose canonical constructor the copier cannot call
    Vehicle vehicle; // error: [DeepCopyUnsupportedType] a sealed class that is not abstract
    Slot<List<String>> slot; // error: [DeepCopyUnsupportedType] Slot gives it type arguments that are not plain type variables
    Chain<String> chain; // error: [DeepCopyUnsupportedType] grow at every level of nesting
    Map<Object, String> byAnything; // error: [DeepCopyMutableMapKey] Field byAnything
}

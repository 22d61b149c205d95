package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * A generic @DeepCopy class takes one UnaryOperator per type parameter; fields of its parameterized
 * types elsewhere pass the operators for their type arguments.
 */
@DeepCopy
public class GenericTypes {
    @DeepCopy
    public static class Item {
        String name;
    }

    @DeepCopy
    public static class Box<T> {
        T value;
        List<T> history;
        Box<T> previous;
    }

    @DeepCopy
    public record Entry<K, V>(K key, V value, List<V> older) {}

    /** A non-generic subclass: the superclass's copier gets the operator for Item. */
    @DeepCopy
    public static class ItemBox extends Box<Item> {
        String label;
    }

    Box<Item> item;
    Box<String> name;
    Box<List<Item>> items;
    Box<Box<Item>> nested;
    Entry<String, Item> entry;
    Map<String, Box<Item>> boxes;
}

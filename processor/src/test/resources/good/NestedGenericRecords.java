package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 9 on a generic record nested in itself: Tagged<Tagged<List<String>>> is rebuilt at each level,
 * since the innermost list is mutable; an inner Tagged with other type arguments is no cycle.
 */
@DeepCopy
public class NestedGenericRecords {
    public record Tagged<T>(T value, int count) {}

    public record Pair<A, B>(A first, B second) {}

    Tagged<Tagged<List<String>>> tagged;
    Tagged<Tagged<String>> immutable;
    Pair<Pair<String, List<Integer>>, Pair<Integer, String>> pairs;
}

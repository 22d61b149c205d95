package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 12 on generic sealed types: each permitted subtype gets the type arguments the sealed type's
 * parameterization gives it, for a sealed interface in a field and for a concrete sealed @DeepCopy class.
 */
@DeepCopy
public class GenericSealed {
    public sealed interface Slot<T> permits Empty, Full, Many {}

    public record Empty<T>() implements Slot<T> {}

    @DeepCopy
    public static final class Full<T> implements Slot<T> {
        T value;
    }

    @DeepCopy
    public record Many<T>(List<T> values) implements Slot<T> {}

    @DeepCopy
    public static sealed class Base<T> permits Sub {
        T value;
    }

    @DeepCopy
    public static final class Sub<T> extends Base<T> {
        List<T> more;
    }

    Slot<List<String>> slot;
    Slot<String> text;
    Base<List<String>> base;
}

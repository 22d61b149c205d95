package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/** A superclass type argument that no rule copies, for a reason that a map key gives. */
public class UnsupportedTypeArgumentReasons {
    @DeepCopy
    public static class Box<T> {
        T value;
    }

    @DeepCopy
    public static class Keyed extends Box<Map<List<String>, String>> {} // error: [DeepCopyUnsupportedTypeArgument] whose key type java.util.List<java.lang.String> is not known to be immutable
}

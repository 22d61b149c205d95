package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 12 with permitted subtypes that the compiler infers from this file: javac and ECJ list them in
 * other orders, and the dispatch is written in the order of their names, most specific first.
 */
@DeepCopy
public class ImplicitlyPermitted {
    public sealed interface Node {}

    @DeepCopy
    public static final class Zeta implements Node {
        List<String> names;
    }

    public record Alpha(String name) implements Node {}

    @DeepCopy
    public static non-sealed class Middle implements Node {
        int size;
    }

    /** Permitted too, and a Middle: the dispatch must try it before Middle. */
    @DeepCopy
    public static final class Omega extends Middle implements Node {
        List<Integer> sizes;
    }

    Node node;
}

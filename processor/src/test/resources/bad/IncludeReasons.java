package badinclude2;

import io.github.deepcopygen.DeepCopy;

/**
 * The classes that package-info.java beside this case lists in @DeepCopy.Include, each for another
 * reason than DeepCopyInvalidInclude's; the list is on one line, where javac and ECJ both point.
 */
public class IncludeReasons {
    public record Point(int x, int y) {}

    public interface Shape {}

    public class Inner {}
}

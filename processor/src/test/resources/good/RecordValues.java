package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rules 2 and 9 for records that are not @DeepCopy: one whose components are all immutable is shared
 * (even a recursive one); one with a mutable component is rebuilt through its canonical constructor.
 */
@DeepCopy
public class RecordValues {
    public record Point(int x, int y) {}

    public record Path(String name, List<Point> points) {}

    public record Chain(String value, Chain next) {}

    public record Pair<A, B>(A first, B second) {}

    Point origin;
    Path route;
    Chain chain;
    Pair<String, Path> labelled;
    List<Path> paths;
}

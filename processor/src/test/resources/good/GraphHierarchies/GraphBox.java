package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

@DeepCopy(graph = true)
public class GraphBox<T> {
    T value;
    List<T> more;
    GraphBox<T> self;
}

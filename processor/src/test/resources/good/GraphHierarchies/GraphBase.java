package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

@DeepCopy(graph = true)
public abstract class GraphBase {
    String id;
    List<String> notes;
}

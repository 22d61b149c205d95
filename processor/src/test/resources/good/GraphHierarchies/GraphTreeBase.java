package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** No graph type: its fields are copied as a tree, also under a graph subclass. */
@DeepCopy
public abstract class GraphTreeBase {
    List<String> labels;
}

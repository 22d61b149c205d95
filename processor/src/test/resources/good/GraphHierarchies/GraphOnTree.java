package golden;

import io.github.deepcopygen.DeepCopy;

@DeepCopy(graph = true)
public class GraphOnTree extends GraphTreeBase {
    GraphOnTree back;
}

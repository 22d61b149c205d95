package golden;

import io.github.deepcopygen.DeepCopy;

@DeepCopy(graph = true)
public class GraphDerived extends GraphBase {
    int weight;
    GraphDerived partner;
}

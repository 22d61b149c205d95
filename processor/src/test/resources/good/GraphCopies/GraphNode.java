package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

@DeepCopy(graph = true)
public class GraphNode {
    String text;
    GraphNode parent;
    List<GraphNode> children;
    GraphNode previous;
    GraphNode next;
    GraphStyle style;
}

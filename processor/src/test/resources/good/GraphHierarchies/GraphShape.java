package golden;

import io.github.deepcopygen.DeepCopy;

public sealed interface GraphShape permits GraphShape.Circle, GraphShape.Group {
    @DeepCopy(graph = true)
    final class Circle implements GraphShape {
        double radius;
        GraphShape owner;
    }

    @DeepCopy(graph = true)
    final class Group implements GraphShape {
        java.util.List<GraphShape> members;
    }
}

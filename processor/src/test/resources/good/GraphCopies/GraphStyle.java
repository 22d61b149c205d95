package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

@DeepCopy(graph = true)
public class GraphStyle {
    String font;
    int size;
    List<GraphStyle> basedOn;
}

package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** No graph type: a graph copy copies it once, and its fields as a tree. */
@DeepCopy
public class GraphNote {
    String text;
    List<String> lines;
}

package golden.graphincludes;

import golden.glib.GLibLabel;
import golden.glib.GLibResource;
import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * A graph type over a library's classes, listed in @DeepCopy.Include beside it (issue 18): its included
 * superclass's part and the included labels it holds are copied by their copiers, as trees, and each
 * label object once, so a label referenced from two fields and a list is one label in the copy.
 */
@DeepCopy(graph = true)
public class GraphIncludes extends GLibResource {
    GLibLabel label;
    GLibLabel sameLabel;
    List<GLibLabel> labels;
    GraphIncludes next;
}

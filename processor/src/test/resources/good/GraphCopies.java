package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document as an object graph (issue 18): nodes with parent links and doubly linked siblings, styles
 * shared by many nodes, the same nodes again in a map and an array. {@code deepCopyGraph} copies each
 * object once; a note that is no graph type, a Date, a list of strings and an int[] are copied once each
 * as trees (counts and totals may be one array, copied once); a record on a cycle is kept once.
 */
@DeepCopy(graph = true)
public class GraphCopies {
    String title;
    GraphNode root;
    List<GraphStyle> styles;
    Map<String, GraphNode> byId;
    GraphNode[] pinned;
    Optional<GraphStyle> defaultStyle;
    GraphNote note;
    Date modified;
    List<String> tags;
    int[] counts;
    int[] totals;
    GraphLink link;
    Span span;

    /** Not @DeepCopy: rebuilt inline, once, through its canonical constructor. */
    public record Span(int from, int to, GraphNode node) {}
}

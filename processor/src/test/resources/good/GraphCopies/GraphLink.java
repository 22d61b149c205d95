package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** A record on a cycle: its related list may hold it again. */
@DeepCopy(graph = true)
public record GraphLink(String label, GraphNode target, List<GraphLink> related) {}

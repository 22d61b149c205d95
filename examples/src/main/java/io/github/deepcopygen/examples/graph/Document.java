package io.github.deepcopygen.examples.graph;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document: a tree of nodes with parent links, a palette of styles the nodes share, and bookmarks
 * that point into the tree. As an object graph it has cycles and sharing everywhere, which a tree
 * copy would either run round forever or split apart.
 */
@DeepCopy(graph = true)
public class Document {
  public String title;
  public Node root = new Node();
  public List<Style> styles = new ArrayList<>();
  public Map<String, Node> bookmarks = new LinkedHashMap<>();
}

package io.github.deepcopygen.benchmarks.graph;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph benchmark's document: a tree of nodes with parent links, shared styles, bookmarks into
 * the tree.
 */
@DeepCopy(graph = true)
public class Document {
  public String title;
  public Node root;
  public List<Style> styles = new ArrayList<>();
  public Map<String, Node> bookmarks = new LinkedHashMap<>();
}

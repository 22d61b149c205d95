package io.github.deepcopygen.benchmarks.graph;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of the benchmark's document: it points back at its parent and at a style many nodes share.
 */
@DeepCopy(graph = true)
public class Node {
  public String text;
  public int level;
  public Node parent;
  public List<Node> children = new ArrayList<>();
  public Style style;
}

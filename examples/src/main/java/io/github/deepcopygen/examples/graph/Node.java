package io.github.deepcopygen.examples.graph;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.List;

/** A paragraph or a section of a document: a node that knows its parent and shares its style. */
@DeepCopy(graph = true)
public class Node {
  public String text;
  public Node parent; // a back reference: a cycle with children
  public List<Node> children = new ArrayList<>();
  public Style style; // another graph type, shared by many nodes

  /** Adds {@code child} under this node, and points it back here. */
  public Node add(Node child) {
    child.parent = this;
    children.add(child);
    return child;
  }
}

package io.github.deepcopygen.benchmarks.graph;

import io.github.deepcopygen.DeepCopy;

/** A style of the benchmark's document, shared by many nodes and based on another. */
@DeepCopy(graph = true)
public class Style {
  public String name;
  public String font;
  public int size;
  public Style basedOn;
}

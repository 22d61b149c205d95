package io.github.deepcopygen.examples.graph;

import io.github.deepcopygen.DeepCopy;

/** A named style that many nodes share, possibly based on another style. */
@DeepCopy(graph = true)
public class Style {
  public String name;
  public String font;
  public int size;
  public Style basedOn;
}

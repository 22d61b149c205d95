package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 12 and rule 3 together: sealed fields dispatch on the runtime class, and a type with its own
 * deepCopy() (Plugin) is copied by calling it, virtually, so a subclass keeps its class.
 */
@DeepCopy
public class Drawing {
  public Shape background;
  public List<Shape> layers;
  public Plugin plugin;
}

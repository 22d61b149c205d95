package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * Rule 13, JSON trees: a Helm release's values are free-form JSON, read by Jackson into maps, lists
 * and scalars. {@code @DeepCopy.JsonTree} says so, and the copier copies them node by node.
 */
@DeepCopy
public class HelmRelease {
  public String chart;

  @DeepCopy.JsonTree public Map<String, Object> values;

  @DeepCopy.JsonTree public List<Object> hooks;

  /** One value of any JSON kind: an object, an array, a string, a number, a boolean or null. */
  @DeepCopy.JsonTree public Object status;
}

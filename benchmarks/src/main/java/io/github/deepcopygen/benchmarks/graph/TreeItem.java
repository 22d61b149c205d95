package io.github.deepcopygen.benchmarks.graph;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree-shaped type as every copier knows it: {@link GraphItem} is the same type with graph =
 * true.
 */
@DeepCopy
public class TreeItem {
  public String name;
  public long size;
  public Map<String, String> labels = new LinkedHashMap<>();
  public List<TreeItem> children = new ArrayList<>();
}

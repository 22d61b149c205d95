package io.github.deepcopygen.benchmarks.graph;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link TreeItem} with graph = true, and used as a tree: what the option costs a tree, in its
 * {@code deepCopy} (nothing, the same code) and in {@code deepCopyGraph} (the identity map).
 */
@DeepCopy(graph = true)
public class GraphItem {
  public String name;
  public long size;
  public Map<String, String> labels = new LinkedHashMap<>();
  public List<GraphItem> children = new ArrayList<>();
}

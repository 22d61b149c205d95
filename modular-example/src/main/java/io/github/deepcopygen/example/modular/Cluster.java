package io.github.deepcopygen.example.modular;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/** A cluster of nodes, copied by the generated {@code ClusterDeepCopy}. */
@DeepCopy
public class Cluster {
  private String name;
  private List<Node> nodes;
  private Map<String, String> labels;

  public Cluster() {}

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Node> getNodes() {
    return nodes;
  }

  public void setNodes(List<Node> nodes) {
    this.nodes = nodes;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }
}

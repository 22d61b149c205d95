package io.github.deepcopygen.example.modular;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.List;

/** One node of a {@link Cluster}: a mutable class, so a copy of the cluster copies it too. */
@DeepCopy
public class Node {
  private String host;
  private List<Integer> ports = new ArrayList<>();

  public Node() {}

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public List<Integer> getPorts() {
    return ports;
  }

  public void setPorts(List<Integer> ports) {
    this.ports = ports;
  }
}

package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** An amount of CPU and memory, in Kubernetes quantity notation. */
@DeepCopy
public class ResourceList extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("CPU, in cores (500m is half a core).")
  @JsonProperty("cpu")
  private String cpu;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("Memory, in bytes (64Mi is 64 mebibytes).")
  @JsonProperty("memory")
  private String memory;

  public String getCpu() {
    return cpu;
  }

  public void setCpu(String cpu) {
    this.cpu = cpu;
  }

  public String getMemory() {
    return memory;
  }

  public void setMemory(String memory) {
    this.memory = memory;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ResourceList deepCopy() {
    return ResourceListDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ResourceList other = (ResourceList) o;
    return Objects.equals(cpu, other.cpu) && Objects.equals(memory, other.memory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cpu, memory);
  }

  @Override
  public String toString() {
    return "ResourceList{" + "cpu=" + cpu + ", memory=" + memory + "}";
  }
}

package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** A host path mounted into the MCP server container. */
@DeepCopy
@JsonClassDescription("A volume to mount into a container.")
public class Volume extends UnknownFields {
  @Required
  @JsonPropertyDescription("The volume's name.")
  @JsonProperty("name")
  private String name;

  @Required
  @JsonPropertyDescription("The path on the node to mount.")
  @JsonProperty("hostPath")
  private String hostPath;

  @Required
  @JsonPropertyDescription("Where the volume appears in the container.")
  @JsonProperty("mountPath")
  private String mountPath;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Default("false")
  @JsonPropertyDescription("Mounts the volume read-only.")
  @JsonProperty("readOnly")
  private boolean readOnly;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHostPath() {
    return hostPath;
  }

  public void setHostPath(String hostPath) {
    this.hostPath = hostPath;
  }

  public String getMountPath() {
    return mountPath;
  }

  public void setMountPath(String mountPath) {
    this.mountPath = mountPath;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public Volume deepCopy() {
    return VolumeDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Volume other = (Volume) o;
    return Objects.equals(name, other.name)
        && Objects.equals(hostPath, other.hostPath)
        && Objects.equals(mountPath, other.mountPath)
        && readOnly == other.readOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, hostPath, mountPath, readOnly);
  }

  @Override
  public String toString() {
    return "Volume{"
        + "name="
        + name
        + ", hostPath="
        + hostPath
        + ", mountPath="
        + mountPath
        + ", readOnly="
        + readOnly
        + "}";
  }
}

package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.deepcopygen.DeepCopy;
import java.util.Map;
import java.util.Objects;

/** Extra annotations and labels for a generated resource. */
@DeepCopy
public class ResourceMetadataOverrides extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("Annotations to add to the resource, or to replace there.")
  @JsonProperty("annotations")
  private Map<String, String> annotations;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("Labels to add to the resource, or to replace there.")
  @JsonProperty("labels")
  private Map<String, String> labels;

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ResourceMetadataOverrides deepCopy() {
    return ResourceMetadataOverridesDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ResourceMetadataOverrides other = (ResourceMetadataOverrides) o;
    return Objects.equals(annotations, other.annotations) && Objects.equals(labels, other.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, labels);
  }

  @Override
  public String toString() {
    return "ResourceMetadataOverrides{" + "annotations=" + annotations + ", labels=" + labels + "}";
  }
}

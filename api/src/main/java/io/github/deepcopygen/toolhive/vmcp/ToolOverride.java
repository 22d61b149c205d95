package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** A new name, description or annotations for one tool of a backend. */
@DeepCopy
@JsonClassDescription("A new name, description or annotations for one tool of a backend.")
public class ToolOverride extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "New values for some of the tool's annotations; the others stay as the backend gives"
          + " them.")
  @JsonProperty("annotations")
  private ToolAnnotationsOverride annotations;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The tool's new description.")
  @JsonProperty("description")
  private String description;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The tool's new name.")
  @JsonProperty("name")
  private String name;

  public ToolAnnotationsOverride getAnnotations() {
    return annotations;
  }

  public void setAnnotations(ToolAnnotationsOverride annotations) {
    this.annotations = annotations;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ToolOverride deepCopy() {
    return ToolOverrideDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ToolOverride other = (ToolOverride) o;
    return Objects.equals(annotations, other.annotations)
        && Objects.equals(description, other.description)
        && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, description, name);
  }
}

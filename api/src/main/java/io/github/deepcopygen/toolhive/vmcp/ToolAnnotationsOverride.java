package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** Replacement MCP annotations for a tool. */
@DeepCopy
@JsonClassDescription("Replacement MCP annotations for a tool.")
public class ToolAnnotationsOverride extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A new value for the destructive hint.")
  @JsonProperty("destructiveHint")
  private Boolean destructiveHint;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A new value for the idempotent hint.")
  @JsonProperty("idempotentHint")
  private Boolean idempotentHint;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A new value for the open-world hint.")
  @JsonProperty("openWorldHint")
  private Boolean openWorldHint;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A new value for the read-only hint.")
  @JsonProperty("readOnlyHint")
  private Boolean readOnlyHint;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A new title for people to read.")
  @JsonProperty("title")
  private String title;

  public Boolean getDestructiveHint() {
    return destructiveHint;
  }

  public void setDestructiveHint(Boolean destructiveHint) {
    this.destructiveHint = destructiveHint;
  }

  public Boolean getIdempotentHint() {
    return idempotentHint;
  }

  public void setIdempotentHint(Boolean idempotentHint) {
    this.idempotentHint = idempotentHint;
  }

  public Boolean getOpenWorldHint() {
    return openWorldHint;
  }

  public void setOpenWorldHint(Boolean openWorldHint) {
    this.openWorldHint = openWorldHint;
  }

  public Boolean getReadOnlyHint() {
    return readOnlyHint;
  }

  public void setReadOnlyHint(Boolean readOnlyHint) {
    this.readOnlyHint = readOnlyHint;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ToolAnnotationsOverride deepCopy() {
    return ToolAnnotationsOverrideDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ToolAnnotationsOverride other = (ToolAnnotationsOverride) o;
    return Objects.equals(destructiveHint, other.destructiveHint)
        && Objects.equals(idempotentHint, other.idempotentHint)
        && Objects.equals(openWorldHint, other.openWorldHint)
        && Objects.equals(readOnlyHint, other.readOnlyHint)
        && Objects.equals(title, other.title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(destructiveHint, idempotentHint, openWorldHint, readOnlyHint, title);
  }
}

package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** An MCPToolConfig, in the same namespace, that filters and renames a backend's tools. */
@DeepCopy
@JsonClassDescription(
    "An MCPToolConfig, in the same namespace, that filters and renames a backend's" + " tools.")
public class ToolConfigRef extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The name of the MCPToolConfig, in the same namespace.")
  @JsonProperty("name")
  private String name;

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
  public ToolConfigRef deepCopy() {
    return ToolConfigRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ToolConfigRef other = (ToolConfigRef) o;
    return Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}

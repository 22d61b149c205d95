package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/**
 * A VirtualMCPCompositeToolDefinition, in the same namespace, whose tool the virtual server offers.
 */
@DeepCopy
@JsonClassDescription(
    "A VirtualMCPCompositeToolDefinition, in the same namespace, whose tool the"
        + " virtual server offers.")
public class CompositeToolRef extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription(
      "The name of the VirtualMCPCompositeToolDefinition, in the same namespace.")
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
  public CompositeToolRef deepCopy() {
    return CompositeToolRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CompositeToolRef other = (CompositeToolRef) o;
    return Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}

package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Points at an MCPExternalAuthConfig in the same namespace. */
@DeepCopy
public class ExternalAuthConfigRef extends UnknownFields {
  @Required
  @JsonPropertyDescription("The name of the MCPExternalAuthConfig.")
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
  public ExternalAuthConfigRef deepCopy() {
    return ExternalAuthConfigRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ExternalAuthConfigRef other = (ExternalAuthConfigRef) o;
    return Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return "ExternalAuthConfigRef{" + "name=" + name + "}";
  }
}

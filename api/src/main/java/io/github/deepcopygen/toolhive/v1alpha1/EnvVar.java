package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** One environment variable for the MCP server container. */
@DeepCopy
@JsonClassDescription("One environment variable of a container.")
public class EnvVar extends UnknownFields {
  @Required
  @JsonPropertyDescription("The variable's name.")
  @JsonProperty("name")
  private String name;

  @Required
  @JsonPropertyDescription("The variable's value.")
  @JsonProperty("value")
  private String value;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public EnvVar deepCopy() {
    return EnvVarDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    EnvVar other = (EnvVar) o;
    return Objects.equals(name, other.name) && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value);
  }

  @Override
  public String toString() {
    return "EnvVar{" + "name=" + name + ", value=" + value + "}";
  }
}

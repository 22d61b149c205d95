package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** A key of a Secret, exposed to the MCP server as an environment variable. */
@DeepCopy
@JsonClassDescription("A Secret key to hand to the MCP server.")
public class SecretRef extends UnknownFields {
  @Required
  @JsonPropertyDescription("The name of the Secret.")
  @JsonProperty("name")
  private String name;

  @Required
  @JsonPropertyDescription("The key within the Secret.")
  @JsonProperty("key")
  private String key;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "The environment variable of the MCP server that gets the value; the key's name when"
          + " left out.")
  @JsonProperty("targetEnvName")
  private String targetEnvName;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getTargetEnvName() {
    return targetEnvName;
  }

  public void setTargetEnvName(String targetEnvName) {
    this.targetEnvName = targetEnvName;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public SecretRef deepCopy() {
    return SecretRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SecretRef other = (SecretRef) o;
    return Objects.equals(name, other.name)
        && Objects.equals(key, other.key)
        && Objects.equals(targetEnvName, other.targetEnvName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key, targetEnvName);
  }

  @Override
  public String toString() {
    return "SecretRef{"
        + "name="
        + name
        + ", key="
        + key
        + ", targetEnvName="
        + targetEnvName
        + "}";
  }
}

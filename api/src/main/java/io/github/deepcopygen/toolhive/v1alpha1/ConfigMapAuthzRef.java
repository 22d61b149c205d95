package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** A ConfigMap key that holds authorization configuration. */
@DeepCopy
public class ConfigMapAuthzRef extends UnknownFields {
  @Required
  @JsonPropertyDescription("The name of the ConfigMap.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("authz.json")
  @JsonPropertyDescription(
      "The key of the ConfigMap whose value is the authorization configuration.")
  @JsonProperty("key")
  private String key;

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

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ConfigMapAuthzRef deepCopy() {
    return ConfigMapAuthzRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ConfigMapAuthzRef other = (ConfigMapAuthzRef) o;
    return Objects.equals(name, other.name) && Objects.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key);
  }

  @Override
  public String toString() {
    return "ConfigMapAuthzRef{" + "name=" + name + ", key=" + key + "}";
  }
}

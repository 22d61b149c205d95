package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** Which permission profile confines the MCP server: a built-in one or one from a ConfigMap. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.PermissionProfileRef")
public class PermissionProfileRef extends UnknownFields {
  @Default("builtin")
  @CrdMarkers(enumValues = {"builtin", "configmap"})
  @Required
  @JsonPropertyDescription("Where the profile comes from: builtin or a ConfigMap.")
  @JsonProperty("type")
  private String type;

  @Required
  @JsonPropertyDescription(
      "The profile's name: none or network for a builtin profile, the ConfigMap's name for a"
          + " configmap one.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "The key of the ConfigMap whose value is the permission profile; used only with the"
          + " configmap type.")
  @JsonProperty("key")
  private String key;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

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
  public PermissionProfileRef deepCopy() {
    return PermissionProfileRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PermissionProfileRef other = (PermissionProfileRef) o;
    return Objects.equals(type, other.type)
        && Objects.equals(name, other.name)
        && Objects.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, key);
  }

  @Override
  public String toString() {
    return "PermissionProfileRef{" + "type=" + type + ", name=" + name + ", key=" + key + "}";
  }
}

package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** Where the authorization policies come from: a ConfigMap or inline. */
@ValidationRule(
    value = "self.type == 'configMap' ? has(self.configMap) : !has(self.configMap)",
    message = "configMap must be set when type is 'configMap', and must not be set otherwise")
@ValidationRule(
    value = "self.type == 'inline' ? has(self.inline) : !has(self.inline)",
    message = "inline must be set when type is 'inline', and must not be set otherwise")
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.AuthzConfigRef")
public class AuthzConfigRef extends UnknownFields {
  @Default("configMap")
  @CrdMarkers(enumValues = {"configMap", "inline"})
  @Required
  @JsonPropertyDescription(
      "Where the authorization policies come from: a ConfigMap or written inline.")
  @JsonProperty("type")
  private String type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The ConfigMap that holds the authorization policies; used only with the configMap"
          + " type.")
  @JsonProperty("configMap")
  private ConfigMapAuthzRef configMap;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The authorization policies written out here; used only with the inline type.")
  @JsonProperty("inline")
  private InlineAuthzConfig inline;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public ConfigMapAuthzRef getConfigMap() {
    return configMap;
  }

  public void setConfigMap(ConfigMapAuthzRef configMap) {
    this.configMap = configMap;
  }

  public InlineAuthzConfig getInline() {
    return inline;
  }

  public void setInline(InlineAuthzConfig inline) {
    this.inline = inline;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public AuthzConfigRef deepCopy() {
    return AuthzConfigRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuthzConfigRef other = (AuthzConfigRef) o;
    return Objects.equals(type, other.type)
        && Objects.equals(configMap, other.configMap)
        && Objects.equals(inline, other.inline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, configMap, inline);
  }

  @Override
  public String toString() {
    return "AuthzConfigRef{"
        + "type="
        + type
        + ", configMap="
        + configMap
        + ", inline="
        + inline
        + "}";
  }
}

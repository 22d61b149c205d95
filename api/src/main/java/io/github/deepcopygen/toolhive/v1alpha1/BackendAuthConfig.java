package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** How the virtual MCP server authenticates to one backend. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.BackendAuthConfig")
@JsonClassDescription("How the virtual server authenticates to one backend MCPServer.")
public class BackendAuthConfig extends UnknownFields {
  @Required
  @CrdMarkers(enumValues = {"discovered", "externalAuthConfigRef"})
  @JsonPropertyDescription("How the virtual server authenticates to this backend.")
  @JsonProperty("type")
  private String type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The MCPExternalAuthConfig to authenticate with; used only with the"
          + " externalAuthConfigRef type.")
  @JsonProperty("externalAuthConfigRef")
  private ExternalAuthConfigRef externalAuthConfigRef;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public ExternalAuthConfigRef getExternalAuthConfigRef() {
    return externalAuthConfigRef;
  }

  public void setExternalAuthConfigRef(ExternalAuthConfigRef externalAuthConfigRef) {
    this.externalAuthConfigRef = externalAuthConfigRef;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public BackendAuthConfig deepCopy() {
    return BackendAuthConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BackendAuthConfig other = (BackendAuthConfig) o;
    return Objects.equals(type, other.type)
        && Objects.equals(externalAuthConfigRef, other.externalAuthConfigRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, externalAuthConfigRef);
  }

  @Override
  public String toString() {
    return "BackendAuthConfig{"
        + "type="
        + type
        + ", externalAuthConfigRef="
        + externalAuthConfigRef
        + "}";
  }
}

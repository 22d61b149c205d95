package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** How clients authenticate to the virtual MCP server. */
@ValidationRule(
    value = "self.type == 'oidc' ? has(self.oidcConfigRef) : true",
    message = "spec.incomingAuth.oidcConfigRef is required when type is oidc")
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.IncomingAuthConfig")
public class IncomingAuthConfig extends UnknownFields {
  @Required
  @CrdMarkers(enumValues = {"anonymous", "oidc"})
  @JsonPropertyDescription(
      "How clients authenticate: anonymous, which must be said outright, or oidc.")
  @JsonProperty("type")
  private String type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The shared MCPOIDCConfig, in the same namespace, that validates clients' tokens; this"
          + " server's own audience and scopes are set here.")
  @JsonProperty("oidcConfigRef")
  private MCPOIDCConfigReference oidcConfigRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The authorization policies that calls to the virtual server must pass, as for an"
          + " MCPServer.")
  @JsonProperty("authzConfig")
  private AuthzConfigRef authzConfig;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public MCPOIDCConfigReference getOidcConfigRef() {
    return oidcConfigRef;
  }

  public void setOidcConfigRef(MCPOIDCConfigReference oidcConfigRef) {
    this.oidcConfigRef = oidcConfigRef;
  }

  public AuthzConfigRef getAuthzConfig() {
    return authzConfig;
  }

  public void setAuthzConfig(AuthzConfigRef authzConfig) {
    this.authzConfig = authzConfig;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public IncomingAuthConfig deepCopy() {
    return IncomingAuthConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    IncomingAuthConfig other = (IncomingAuthConfig) o;
    return Objects.equals(type, other.type)
        && Objects.equals(oidcConfigRef, other.oidcConfigRef)
        && Objects.equals(authzConfig, other.authzConfig);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, oidcConfigRef, authzConfig);
  }

  @Override
  public String toString() {
    return "IncomingAuthConfig{"
        + "type="
        + type
        + ", oidcConfigRef="
        + oidcConfigRef
        + ", authzConfig="
        + authzConfig
        + "}";
  }
}

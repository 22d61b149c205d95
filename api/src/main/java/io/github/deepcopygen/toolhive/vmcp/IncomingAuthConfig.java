package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** How clients authenticate to the virtual server, and which calls they may make. */
@DeepCopy
@JsonClassDescription(
    "How clients authenticate to the virtual server, and which calls they may make.")
public class IncomingAuthConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The authorization policies, if any.")
  @JsonProperty("authz")
  private AuthzConfig authz;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The OIDC provider, with the oidc type.")
  @JsonProperty("oidc")
  private OIDCConfig oidc;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("How clients authenticate: oidc, local or anonymous.")
  @JsonProperty("type")
  private String type;

  public AuthzConfig getAuthz() {
    return authz;
  }

  public void setAuthz(AuthzConfig authz) {
    this.authz = authz;
  }

  public OIDCConfig getOidc() {
    return oidc;
  }

  public void setOidc(OIDCConfig oidc) {
    this.oidc = oidc;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
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
    return Objects.equals(authz, other.authz)
        && Objects.equals(oidc, other.oidc)
        && Objects.equals(type, other.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(authz, oidc, type);
  }
}

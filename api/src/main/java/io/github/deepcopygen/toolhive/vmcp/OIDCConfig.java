package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Objects;

/** The OIDC provider whose tokens clients present to the virtual server. */
@DeepCopy
@JsonClassDescription("The OIDC provider whose tokens clients present to the virtual server.")
public class OIDCConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The audience tokens must be issued for.")
  @JsonProperty("audience")
  private String audience;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The OAuth client ID.")
  @JsonProperty("clientId")
  private String clientId;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The environment variable that holds the client secret, so that the secret itself is"
          + " never written into the configuration.")
  @JsonProperty("clientSecretEnv")
  private String clientSecretEnv;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Accepts an issuer over plain HTTP; for development and tests only, never in"
          + " production.")
  @JsonProperty("insecureAllowHttp")
  private Boolean insecureAllowHttp;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The token introspection endpoint (RFC 7662), to validate opaque tokens.")
  @JsonProperty("introspectionUrl")
  private String introspectionUrl;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @Pattern("^https?://")
  @JsonPropertyDescription("The issuer's URL.")
  @JsonProperty("issuer")
  private String issuer;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Lets discovery and key fetches go to private addresses, as for an embedded auth"
          + " server on a loopback address; only for trusted internal providers.")
  @JsonProperty("jwksAllowPrivateIp")
  private Boolean jwksAllowPrivateIp;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The key set's URL, fetched directly instead of discovered, for issuers without"
          + " /.well-known/openid-configuration.")
  @JsonProperty("jwksUrl")
  private String jwksUrl;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Allows the protected resource endpoint on a private address; only for trusted"
          + " internal providers and tests.")
  @JsonProperty("protectedResourceAllowPrivateIp")
  private Boolean protectedResourceAllowPrivateIp;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The OAuth 2.0 resource indicator (RFC 8707), used in WWW-Authenticate and the"
          + " resource metadata (RFC 9728); the audience when left out.")
  @JsonProperty("resource")
  private String resource;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The OAuth scopes a token must carry.")
  @JsonProperty("scopes")
  private List<String> scopes;

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecretEnv() {
    return clientSecretEnv;
  }

  public void setClientSecretEnv(String clientSecretEnv) {
    this.clientSecretEnv = clientSecretEnv;
  }

  public Boolean getInsecureAllowHttp() {
    return insecureAllowHttp;
  }

  public void setInsecureAllowHttp(Boolean insecureAllowHttp) {
    this.insecureAllowHttp = insecureAllowHttp;
  }

  public String getIntrospectionUrl() {
    return introspectionUrl;
  }

  public void setIntrospectionUrl(String introspectionUrl) {
    this.introspectionUrl = introspectionUrl;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public Boolean getJwksAllowPrivateIp() {
    return jwksAllowPrivateIp;
  }

  public void setJwksAllowPrivateIp(Boolean jwksAllowPrivateIp) {
    this.jwksAllowPrivateIp = jwksAllowPrivateIp;
  }

  public String getJwksUrl() {
    return jwksUrl;
  }

  public void setJwksUrl(String jwksUrl) {
    this.jwksUrl = jwksUrl;
  }

  public Boolean getProtectedResourceAllowPrivateIp() {
    return protectedResourceAllowPrivateIp;
  }

  public void setProtectedResourceAllowPrivateIp(Boolean protectedResourceAllowPrivateIp) {
    this.protectedResourceAllowPrivateIp = protectedResourceAllowPrivateIp;
  }

  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public OIDCConfig deepCopy() {
    return OIDCConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OIDCConfig other = (OIDCConfig) o;
    return Objects.equals(audience, other.audience)
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(clientSecretEnv, other.clientSecretEnv)
        && Objects.equals(insecureAllowHttp, other.insecureAllowHttp)
        && Objects.equals(introspectionUrl, other.introspectionUrl)
        && Objects.equals(issuer, other.issuer)
        && Objects.equals(jwksAllowPrivateIp, other.jwksAllowPrivateIp)
        && Objects.equals(jwksUrl, other.jwksUrl)
        && Objects.equals(protectedResourceAllowPrivateIp, other.protectedResourceAllowPrivateIp)
        && Objects.equals(resource, other.resource)
        && Objects.equals(scopes, other.scopes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        audience,
        clientId,
        clientSecretEnv,
        insecureAllowHttp,
        introspectionUrl,
        issuer,
        jwksAllowPrivateIp,
        jwksUrl,
        protectedResourceAllowPrivateIp,
        resource,
        scopes);
  }
}

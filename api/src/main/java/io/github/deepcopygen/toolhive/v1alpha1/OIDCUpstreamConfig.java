package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An upstream provider found through OIDC discovery. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.OIDCUpstreamConfig")
public class OIDCUpstreamConfig extends UnknownFields {
  /** Required. Must match {@code ^https://.*$}. */
  @Required
  @Pattern("^https://.*$")
  @JsonPropertyDescription(
      "The provider's OIDC issuer, an HTTPS URL, from which its endpoints are discovered.")
  @JsonProperty("issuerUrl")
  private String issuerUrl;

  @Required
  @JsonPropertyDescription("The OAuth 2.0 client ID registered with the provider.")
  @JsonProperty("clientId")
  private String clientId;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The Secret with the OAuth 2.0 client secret; public clients that use PKCE need none.")
  @JsonProperty("clientSecretRef")
  private SecretKeyRef clientSecretRef;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "Where the provider sends the user back after signing in; {resourceUrl}/oauth/callback"
          + " of the server using this configuration when left out.")
  @JsonProperty("redirectUri")
  private String redirectUri;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription(
      "The OAuth scopes to ask the provider for; openid and offline_access when left out.")
  @JsonProperty("scopes")
  private List<String> scopes;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Another way to fetch the user's details than the UserInfo endpoint that discovery"
          + " finds: another URL, HTTP method or claim names, for providers with claims of their"
          + " own.")
  @JsonProperty("userInfoOverride")
  private UserInfoConfig userInfoOverride;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(maxProperties = 16)
  @JsonPropertyDescription(
      "Extra query parameters for the authorization requests to the provider, for providers"
          + " that want their own (Google's access_type=offline for refresh tokens, say); with such"
          + " a parameter, set the scopes too, so that offline_access is not asked for twice.")
  @JsonProperty("additionalAuthorizationParams")
  private Map<String, String> additionalAuthorizationParams;

  public String getIssuerUrl() {
    return issuerUrl;
  }

  public void setIssuerUrl(String issuerUrl) {
    this.issuerUrl = issuerUrl;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public SecretKeyRef getClientSecretRef() {
    return clientSecretRef;
  }

  public void setClientSecretRef(SecretKeyRef clientSecretRef) {
    this.clientSecretRef = clientSecretRef;
  }

  public String getRedirectUri() {
    return redirectUri;
  }

  public void setRedirectUri(String redirectUri) {
    this.redirectUri = redirectUri;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public UserInfoConfig getUserInfoOverride() {
    return userInfoOverride;
  }

  public void setUserInfoOverride(UserInfoConfig userInfoOverride) {
    this.userInfoOverride = userInfoOverride;
  }

  public Map<String, String> getAdditionalAuthorizationParams() {
    return additionalAuthorizationParams;
  }

  public void setAdditionalAuthorizationParams(Map<String, String> additionalAuthorizationParams) {
    this.additionalAuthorizationParams = additionalAuthorizationParams;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public OIDCUpstreamConfig deepCopy() {
    return OIDCUpstreamConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OIDCUpstreamConfig other = (OIDCUpstreamConfig) o;
    return Objects.equals(issuerUrl, other.issuerUrl)
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(clientSecretRef, other.clientSecretRef)
        && Objects.equals(redirectUri, other.redirectUri)
        && Objects.equals(scopes, other.scopes)
        && Objects.equals(userInfoOverride, other.userInfoOverride)
        && Objects.equals(additionalAuthorizationParams, other.additionalAuthorizationParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        issuerUrl,
        clientId,
        clientSecretRef,
        redirectUri,
        scopes,
        userInfoOverride,
        additionalAuthorizationParams);
  }

  @Override
  public String toString() {
    return "OIDCUpstreamConfig{"
        + "issuerUrl="
        + issuerUrl
        + ", clientId="
        + clientId
        + ", clientSecretRef="
        + clientSecretRef
        + ", redirectUri="
        + redirectUri
        + ", scopes="
        + scopes
        + ", userInfoOverride="
        + userInfoOverride
        + ", additionalAuthorizationParams="
        + additionalAuthorizationParams
        + "}";
  }
}

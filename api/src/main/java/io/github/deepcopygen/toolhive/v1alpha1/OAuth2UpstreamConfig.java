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

/** An upstream OAuth 2.0 provider configured endpoint by endpoint. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.OAuth2UpstreamConfig")
public class OAuth2UpstreamConfig extends UnknownFields {
  /** Required. Must match {@code ^https?://.*$}. */
  @Required
  @Pattern("^https?://.*$")
  @JsonPropertyDescription("The URL of the provider's authorization endpoint.")
  @JsonProperty("authorizationEndpoint")
  private String authorizationEndpoint;

  /** Required. Must match {@code ^https?://.*$}. */
  @Required
  @Pattern("^https?://.*$")
  @JsonPropertyDescription("The URL of the provider's token endpoint.")
  @JsonProperty("tokenEndpoint")
  private String tokenEndpoint;

  @Required
  @JsonPropertyDescription(
      "How to fetch the signed-in user's details from the provider, which an OAuth 2.0"
          + " provider needs to tell who the user is.")
  @JsonProperty("userInfo")
  private UserInfoConfig userInfo;

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
  @JsonPropertyDescription("The OAuth scopes to ask the provider for.")
  @JsonProperty("scopes")
  private List<String> scopes;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Where to find the token fields in a provider's non-standard token response (GovSlack"
          + " nests them, for one); when set, ToolHive makes the token request itself and reads the"
          + " fields from those paths.")
  @JsonProperty("tokenResponseMapping")
  private TokenResponseMapping tokenResponseMapping;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(maxProperties = 16)
  @JsonPropertyDescription(
      "Extra query parameters for the authorization requests to the provider, for providers"
          + " that want their own (Google's access_type=offline for refresh tokens, say); the"
          + " parameters the flow sets itself cannot be overridden.")
  @JsonProperty("additionalAuthorizationParams")
  private Map<String, String> additionalAuthorizationParams;

  public String getAuthorizationEndpoint() {
    return authorizationEndpoint;
  }

  public void setAuthorizationEndpoint(String authorizationEndpoint) {
    this.authorizationEndpoint = authorizationEndpoint;
  }

  public String getTokenEndpoint() {
    return tokenEndpoint;
  }

  public void setTokenEndpoint(String tokenEndpoint) {
    this.tokenEndpoint = tokenEndpoint;
  }

  public UserInfoConfig getUserInfo() {
    return userInfo;
  }

  public void setUserInfo(UserInfoConfig userInfo) {
    this.userInfo = userInfo;
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

  public TokenResponseMapping getTokenResponseMapping() {
    return tokenResponseMapping;
  }

  public void setTokenResponseMapping(TokenResponseMapping tokenResponseMapping) {
    this.tokenResponseMapping = tokenResponseMapping;
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
  public OAuth2UpstreamConfig deepCopy() {
    return OAuth2UpstreamConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OAuth2UpstreamConfig other = (OAuth2UpstreamConfig) o;
    return Objects.equals(authorizationEndpoint, other.authorizationEndpoint)
        && Objects.equals(tokenEndpoint, other.tokenEndpoint)
        && Objects.equals(userInfo, other.userInfo)
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(clientSecretRef, other.clientSecretRef)
        && Objects.equals(redirectUri, other.redirectUri)
        && Objects.equals(scopes, other.scopes)
        && Objects.equals(tokenResponseMapping, other.tokenResponseMapping)
        && Objects.equals(additionalAuthorizationParams, other.additionalAuthorizationParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        authorizationEndpoint,
        tokenEndpoint,
        userInfo,
        clientId,
        clientSecretRef,
        redirectUri,
        scopes,
        tokenResponseMapping,
        additionalAuthorizationParams);
  }

  @Override
  public String toString() {
    return "OAuth2UpstreamConfig{"
        + "authorizationEndpoint="
        + authorizationEndpoint
        + ", tokenEndpoint="
        + tokenEndpoint
        + ", userInfo="
        + userInfo
        + ", clientId="
        + clientId
        + ", clientSecretRef="
        + clientSecretRef
        + ", redirectUri="
        + redirectUri
        + ", scopes="
        + scopes
        + ", tokenResponseMapping="
        + tokenResponseMapping
        + ", additionalAuthorizationParams="
        + additionalAuthorizationParams
        + "}";
  }
}

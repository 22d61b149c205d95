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
import java.util.Objects;

/** An OAuth authorization server run inside the virtual MCP server. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.EmbeddedAuthServerConfig")
public class EmbeddedAuthServerConfig extends UnknownFields {
  /** Required. Must match {@code ^https?://[^\s?#]+[^/\s?#]$}. */
  @Required
  @Pattern("^https?://[^\\s?#]+[^/\\s?#]$")
  @JsonPropertyDescription(
      "The issuer this authorization server names in the iss claim of its tokens: an HTTPS"
          + " URL (HTTP for localhost) without query, fragment or trailing slash, as RFC 8414 asks.")
  @JsonProperty("issuer")
  private String issuer;

  /** Must match {@code ^https?://[^\s?#]+[^/\s?#]$}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Pattern("^https?://[^\\s?#]+[^/\\s?#]$")
  @JsonPropertyDescription(
      "A base URL to advertise for the authorization endpoint in the OAuth discovery"
          + " document instead of the issuer's ({base}/oauth/authorize); every other endpoint keeps"
          + " the issuer.")
  @JsonProperty("authorizationEndpointBaseUrl")
  private String authorizationEndpointBaseUrl;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(maxItems = 5, listType = "atomic")
  @JsonPropertyDescription(
      "Secrets with the keys that sign JWTs; older keys only verify, for rotation. Without"
          + " any, a key is made up at start, which only suits development.")
  @JsonProperty("signingKeySecretRefs")
  private List<SecretKeyRef> signingKeySecretRefs;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription(
      "Secrets with the symmetric keys that sign authorization codes and refresh tokens,"
          + " each at least 32 random bytes; the first signs, the others still verify, for"
          + " rotation.")
  @JsonProperty("hmacSecretRefs")
  private List<SecretKeyRef> hmacSecretRefs;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "How long each kind of token stays valid; when left out, access tokens last an hour,"
          + " refresh tokens a week and authorization codes ten minutes.")
  @JsonProperty("tokenLifespans")
  private TokenLifespanConfig tokenLifespans;

  /** Required. At least 1 item. Entries are keyed by {@code name}. */
  @Required
  @CrdMarkers(minItems = 1, listType = "map", listMapKeys = "name")
  @JsonPropertyDescription(
      "The identity providers that users actually sign in with; an MCPServer or"
          + " MCPRemoteProxy takes one, a VirtualMCPServer several.")
  @JsonProperty("upstreamProviders")
  private List<UpstreamProviderConfig> upstreamProviders;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Where the auth server keeps its state; in memory when left out.")
  @JsonProperty("storage")
  private AuthServerStorageConfig storage;

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getAuthorizationEndpointBaseUrl() {
    return authorizationEndpointBaseUrl;
  }

  public void setAuthorizationEndpointBaseUrl(String authorizationEndpointBaseUrl) {
    this.authorizationEndpointBaseUrl = authorizationEndpointBaseUrl;
  }

  public List<SecretKeyRef> getSigningKeySecretRefs() {
    return signingKeySecretRefs;
  }

  public void setSigningKeySecretRefs(List<SecretKeyRef> signingKeySecretRefs) {
    this.signingKeySecretRefs = signingKeySecretRefs;
  }

  public List<SecretKeyRef> getHmacSecretRefs() {
    return hmacSecretRefs;
  }

  public void setHmacSecretRefs(List<SecretKeyRef> hmacSecretRefs) {
    this.hmacSecretRefs = hmacSecretRefs;
  }

  public TokenLifespanConfig getTokenLifespans() {
    return tokenLifespans;
  }

  public void setTokenLifespans(TokenLifespanConfig tokenLifespans) {
    this.tokenLifespans = tokenLifespans;
  }

  public List<UpstreamProviderConfig> getUpstreamProviders() {
    return upstreamProviders;
  }

  public void setUpstreamProviders(List<UpstreamProviderConfig> upstreamProviders) {
    this.upstreamProviders = upstreamProviders;
  }

  public AuthServerStorageConfig getStorage() {
    return storage;
  }

  public void setStorage(AuthServerStorageConfig storage) {
    this.storage = storage;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public EmbeddedAuthServerConfig deepCopy() {
    return EmbeddedAuthServerConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    EmbeddedAuthServerConfig other = (EmbeddedAuthServerConfig) o;
    return Objects.equals(issuer, other.issuer)
        && Objects.equals(authorizationEndpointBaseUrl, other.authorizationEndpointBaseUrl)
        && Objects.equals(signingKeySecretRefs, other.signingKeySecretRefs)
        && Objects.equals(hmacSecretRefs, other.hmacSecretRefs)
        && Objects.equals(tokenLifespans, other.tokenLifespans)
        && Objects.equals(upstreamProviders, other.upstreamProviders)
        && Objects.equals(storage, other.storage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        issuer,
        authorizationEndpointBaseUrl,
        signingKeySecretRefs,
        hmacSecretRefs,
        tokenLifespans,
        upstreamProviders,
        storage);
  }

  @Override
  public String toString() {
    return "EmbeddedAuthServerConfig{"
        + "issuer="
        + issuer
        + ", authorizationEndpointBaseUrl="
        + authorizationEndpointBaseUrl
        + ", signingKeySecretRefs="
        + signingKeySecretRefs
        + ", hmacSecretRefs="
        + hmacSecretRefs
        + ", tokenLifespans="
        + tokenLifespans
        + ", upstreamProviders="
        + upstreamProviders
        + ", storage="
        + storage
        + "}";
  }
}

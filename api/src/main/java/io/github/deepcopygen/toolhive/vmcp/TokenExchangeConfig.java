package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Objects;

/**
 * An OAuth 2.0 token exchange (RFC 8693) that turns the client's token into one for the backend.
 */
@DeepCopy
@JsonClassDescription(
    "An OAuth 2.0 token exchange (RFC 8693) that turns the client's token into one"
        + " for the backend.")
public class TokenExchangeConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The audience the new token is for.")
  @JsonProperty("audience")
  private String audience;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The OAuth client ID of the exchange request.")
  @JsonProperty("clientId")
  private String clientId;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The OAuth client secret, written here; clientSecretEnv keeps it out of the"
          + " configuration.")
  @JsonProperty("clientSecret")
  private String clientSecret;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The environment variable that holds the client secret, read when the server runs.")
  @JsonProperty("clientSecretEnv")
  private String clientSecretEnv;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The scopes to ask for in the new token.")
  @JsonProperty("scopes")
  private List<String> scopes;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The upstream provider whose token is exchanged, instead of the client's own token;"
          + " with an embedded auth server and none named, its first provider's.")
  @JsonProperty("subjectProviderName")
  private String subjectProviderName;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The type of the token being exchanged; an access token"
          + " (urn:ietf:params:oauth:token-type:access_token) when left out.")
  @JsonProperty("subjectTokenType")
  private String subjectTokenType;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The token endpoint that makes the exchange.")
  @JsonProperty("tokenUrl")
  private String tokenUrl;

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

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getClientSecretEnv() {
    return clientSecretEnv;
  }

  public void setClientSecretEnv(String clientSecretEnv) {
    this.clientSecretEnv = clientSecretEnv;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public String getSubjectProviderName() {
    return subjectProviderName;
  }

  public void setSubjectProviderName(String subjectProviderName) {
    this.subjectProviderName = subjectProviderName;
  }

  public String getSubjectTokenType() {
    return subjectTokenType;
  }

  public void setSubjectTokenType(String subjectTokenType) {
    this.subjectTokenType = subjectTokenType;
  }

  public String getTokenUrl() {
    return tokenUrl;
  }

  public void setTokenUrl(String tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public TokenExchangeConfig deepCopy() {
    return TokenExchangeConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TokenExchangeConfig other = (TokenExchangeConfig) o;
    return Objects.equals(audience, other.audience)
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(clientSecret, other.clientSecret)
        && Objects.equals(clientSecretEnv, other.clientSecretEnv)
        && Objects.equals(scopes, other.scopes)
        && Objects.equals(subjectProviderName, other.subjectProviderName)
        && Objects.equals(subjectTokenType, other.subjectTokenType)
        && Objects.equals(tokenUrl, other.tokenUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        audience,
        clientId,
        clientSecret,
        clientSecretEnv,
        scopes,
        subjectProviderName,
        subjectTokenType,
        tokenUrl);
  }
}

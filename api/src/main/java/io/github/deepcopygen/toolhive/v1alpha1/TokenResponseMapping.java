package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Where the fields of a non-standard token response are found. */
@DeepCopy
public class TokenResponseMapping extends UnknownFields {
  @Required
  @Size(min = 1)
  @JsonPropertyDescription(
      "Where the access token is in the response, as a dotted path"
          + " (authed_user.access_token).")
  @JsonProperty("accessTokenPath")
  private String accessTokenPath;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("Where the granted scopes are, as a dotted path; scope when left out.")
  @JsonProperty("scopePath")
  private String scopePath;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "Where the refresh token is, as a dotted path; refresh_token when left out.")
  @JsonProperty("refreshTokenPath")
  private String refreshTokenPath;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "Where the lifetime in seconds is, as a dotted path; expires_in when left out.")
  @JsonProperty("expiresInPath")
  private String expiresInPath;

  public String getAccessTokenPath() {
    return accessTokenPath;
  }

  public void setAccessTokenPath(String accessTokenPath) {
    this.accessTokenPath = accessTokenPath;
  }

  public String getScopePath() {
    return scopePath;
  }

  public void setScopePath(String scopePath) {
    this.scopePath = scopePath;
  }

  public String getRefreshTokenPath() {
    return refreshTokenPath;
  }

  public void setRefreshTokenPath(String refreshTokenPath) {
    this.refreshTokenPath = refreshTokenPath;
  }

  public String getExpiresInPath() {
    return expiresInPath;
  }

  public void setExpiresInPath(String expiresInPath) {
    this.expiresInPath = expiresInPath;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public TokenResponseMapping deepCopy() {
    return TokenResponseMappingDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TokenResponseMapping other = (TokenResponseMapping) o;
    return Objects.equals(accessTokenPath, other.accessTokenPath)
        && Objects.equals(scopePath, other.scopePath)
        && Objects.equals(refreshTokenPath, other.refreshTokenPath)
        && Objects.equals(expiresInPath, other.expiresInPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessTokenPath, scopePath, refreshTokenPath, expiresInPath);
  }

  @Override
  public String toString() {
    return "TokenResponseMapping{"
        + "accessTokenPath="
        + accessTokenPath
        + ", scopePath="
        + scopePath
        + ", refreshTokenPath="
        + refreshTokenPath
        + ", expiresInPath="
        + expiresInPath
        + "}";
  }
}

package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** How long issued tokens stay valid, as Go duration strings. */
@DeepCopy
public class TokenLifespanConfig extends UnknownFields {
  /** Must match {@code ^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription(
      "How long an access token stays valid, as a Go duration (1h, 30m); an hour when empty.")
  @JsonProperty("accessTokenLifespan")
  private String accessTokenLifespan;

  /** Must match {@code ^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription(
      "How long a refresh token stays valid, as a Go duration (168h for a week, as Go has no"
          + " days); a week when empty.")
  @JsonProperty("refreshTokenLifespan")
  private String refreshTokenLifespan;

  /** Must match {@code ^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription(
      "How long an authorization code stays valid, as a Go duration (10m, 5m); ten minutes"
          + " when empty.")
  @JsonProperty("authCodeLifespan")
  private String authCodeLifespan;

  public String getAccessTokenLifespan() {
    return accessTokenLifespan;
  }

  public void setAccessTokenLifespan(String accessTokenLifespan) {
    this.accessTokenLifespan = accessTokenLifespan;
  }

  public String getRefreshTokenLifespan() {
    return refreshTokenLifespan;
  }

  public void setRefreshTokenLifespan(String refreshTokenLifespan) {
    this.refreshTokenLifespan = refreshTokenLifespan;
  }

  public String getAuthCodeLifespan() {
    return authCodeLifespan;
  }

  public void setAuthCodeLifespan(String authCodeLifespan) {
    this.authCodeLifespan = authCodeLifespan;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public TokenLifespanConfig deepCopy() {
    return TokenLifespanConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TokenLifespanConfig other = (TokenLifespanConfig) o;
    return Objects.equals(accessTokenLifespan, other.accessTokenLifespan)
        && Objects.equals(refreshTokenLifespan, other.refreshTokenLifespan)
        && Objects.equals(authCodeLifespan, other.authCodeLifespan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessTokenLifespan, refreshTokenLifespan, authCodeLifespan);
  }

  @Override
  public String toString() {
    return "TokenLifespanConfig{"
        + "accessTokenLifespan="
        + accessTokenLifespan
        + ", refreshTokenLifespan="
        + refreshTokenLifespan
        + ", authCodeLifespan="
        + authCodeLifespan
        + "}";
  }
}

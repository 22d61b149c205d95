package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** An identity provider the embedded authorization server delegates to. */
@DeepCopy
@JsonClassDescription("An identity provider that users sign in with.")
public class UpstreamProviderConfig extends UnknownFields {
  /**
   * Required. Not empty. At most 63 characters. Must match {@code ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$}.
   */
  @Required
  @Pattern("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
  @Size(min = 1, max = 63)
  @JsonPropertyDescription(
      "The provider's unique name, which routes requests and binds sessions when there are"
          + " several: lowercase letters, digits and hyphens, as a DNS label.")
  @JsonProperty("name")
  private String name;

  @Required
  @JsonPropertyDescription("The kind of provider: oidc or oauth2.")
  @JsonProperty("type")
  private UpstreamProviderType type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The OIDC settings; required with the oidc type, absent with oauth2.")
  @JsonProperty("oidcConfig")
  private OIDCUpstreamConfig oidcConfig;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The OAuth 2.0 settings; required with the oauth2 type, absent with oidc.")
  @JsonProperty("oauth2Config")
  private OAuth2UpstreamConfig oauth2Config;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public UpstreamProviderType getType() {
    return type;
  }

  public void setType(UpstreamProviderType type) {
    this.type = type;
  }

  public OIDCUpstreamConfig getOidcConfig() {
    return oidcConfig;
  }

  public void setOidcConfig(OIDCUpstreamConfig oidcConfig) {
    this.oidcConfig = oidcConfig;
  }

  public OAuth2UpstreamConfig getOauth2Config() {
    return oauth2Config;
  }

  public void setOauth2Config(OAuth2UpstreamConfig oauth2Config) {
    this.oauth2Config = oauth2Config;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public UpstreamProviderConfig deepCopy() {
    return UpstreamProviderConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UpstreamProviderConfig other = (UpstreamProviderConfig) o;
    return Objects.equals(name, other.name)
        && Objects.equals(type, other.type)
        && Objects.equals(oidcConfig, other.oidcConfig)
        && Objects.equals(oauth2Config, other.oauth2Config);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, oidcConfig, oauth2Config);
  }

  @Override
  public String toString() {
    return "UpstreamProviderConfig{"
        + "name="
        + name
        + ", type="
        + type
        + ", oidcConfig="
        + oidcConfig
        + ", oauth2Config="
        + oauth2Config
        + "}";
  }
}

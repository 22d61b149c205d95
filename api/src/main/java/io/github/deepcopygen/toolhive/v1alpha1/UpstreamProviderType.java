package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an upstream identity provider is configured: by OIDC discovery or by hand. */
public enum UpstreamProviderType {
  @JsonProperty("oidc")
  OIDC("oidc"),
  @JsonProperty("oauth2")
  OAUTH2("oauth2");

  private final String value;

  UpstreamProviderType(String value) {
    this.value = value;
  }

  /** The value as it appears in the resource's JSON. */
  public String value() {
    return value;
  }
}

package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/**
 * How the virtual server authenticates to one backend: a header, a token exchange or an upstream
 * token.
 */
@DeepCopy
@JsonClassDescription(
    "How the virtual server authenticates to one backend: a header, a token exchange"
        + " or an upstream token.")
public class BackendAuthStrategy extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The header to add, with the header_injection type.")
  @JsonProperty("headerInjection")
  private HeaderInjectionConfig headerInjection;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The token exchange to make, with the token_exchange type.")
  @JsonProperty("tokenExchange")
  private TokenExchangeConfig tokenExchange;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription(
      "How to authenticate: unauthenticated, header_injection, token_exchange or"
          + " upstream_inject.")
  @JsonProperty("type")
  private String type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The upstream token to pass on, with the upstream_inject type.")
  @JsonProperty("upstreamInject")
  private UpstreamInjectConfig upstreamInject;

  public HeaderInjectionConfig getHeaderInjection() {
    return headerInjection;
  }

  public void setHeaderInjection(HeaderInjectionConfig headerInjection) {
    this.headerInjection = headerInjection;
  }

  public TokenExchangeConfig getTokenExchange() {
    return tokenExchange;
  }

  public void setTokenExchange(TokenExchangeConfig tokenExchange) {
    this.tokenExchange = tokenExchange;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public UpstreamInjectConfig getUpstreamInject() {
    return upstreamInject;
  }

  public void setUpstreamInject(UpstreamInjectConfig upstreamInject) {
    this.upstreamInject = upstreamInject;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public BackendAuthStrategy deepCopy() {
    return BackendAuthStrategyDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BackendAuthStrategy other = (BackendAuthStrategy) o;
    return Objects.equals(headerInjection, other.headerInjection)
        && Objects.equals(tokenExchange, other.tokenExchange)
        && Objects.equals(type, other.type)
        && Objects.equals(upstreamInject, other.upstreamInject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headerInjection, tokenExchange, type, upstreamInject);
  }
}

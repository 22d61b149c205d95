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

/** The authorization policies that calls to the virtual server must pass. */
@DeepCopy
@JsonClassDescription("The authorization policies that calls to the virtual server must pass.")
public class AuthzConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The Cedar policies, with the cedar type.")
  @JsonProperty("policies")
  private List<String> policies;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The upstream identity provider whose access token supplies the claims that Cedar"
          + " sees; the claims of ToolHive's own token when empty. It must name a provider of the"
          + " embedded auth server.")
  @JsonProperty("primaryUpstreamProvider")
  private String primaryUpstreamProvider;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The kind of authorization: cedar or none.")
  @JsonProperty("type")
  private String type;

  public List<String> getPolicies() {
    return policies;
  }

  public void setPolicies(List<String> policies) {
    this.policies = policies;
  }

  public String getPrimaryUpstreamProvider() {
    return primaryUpstreamProvider;
  }

  public void setPrimaryUpstreamProvider(String primaryUpstreamProvider) {
    this.primaryUpstreamProvider = primaryUpstreamProvider;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public AuthzConfig deepCopy() {
    return AuthzConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuthzConfig other = (AuthzConfig) o;
    return Objects.equals(policies, other.policies)
        && Objects.equals(primaryUpstreamProvider, other.primaryUpstreamProvider)
        && Objects.equals(type, other.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policies, primaryUpstreamProvider, type);
  }
}

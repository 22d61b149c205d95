package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** Points at a shared MCPOIDCConfig and says which audience and scopes this server uses. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.MCPOIDCConfigReference")
public class MCPOIDCConfigReference extends UnknownFields {
  @Required
  @Size(min = 1)
  @JsonPropertyDescription("The name of the MCPOIDCConfig.")
  @JsonProperty("name")
  private String name;

  @Required
  @Size(min = 1)
  @JsonPropertyDescription(
      "The audience tokens must be issued for; give each server its own, so a token for one"
          + " cannot be replayed against another.")
  @JsonProperty("audience")
  private String audience;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription(
      "The OAuth scopes to advertise in the well-known metadata (RFC 9728); openid alone"
          + " when empty.")
  @JsonProperty("scopes")
  private List<String> scopes;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "The public URL of the protected resource for OAuth metadata (RFC 9728): set it to the"
          + " address clients use through an Ingress or gateway; the cluster-internal service URL"
          + " otherwise.")
  @JsonProperty("resourceUrl")
  private String resourceUrl;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public String getResourceUrl() {
    return resourceUrl;
  }

  public void setResourceUrl(String resourceUrl) {
    this.resourceUrl = resourceUrl;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public MCPOIDCConfigReference deepCopy() {
    return MCPOIDCConfigReferenceDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    MCPOIDCConfigReference other = (MCPOIDCConfigReference) o;
    return Objects.equals(name, other.name)
        && Objects.equals(audience, other.audience)
        && Objects.equals(scopes, other.scopes)
        && Objects.equals(resourceUrl, other.resourceUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, audience, scopes, resourceUrl);
  }

  @Override
  public String toString() {
    return "MCPOIDCConfigReference{"
        + "name="
        + name
        + ", audience="
        + audience
        + ", scopes="
        + scopes
        + ", resourceUrl="
        + resourceUrl
        + "}";
  }
}

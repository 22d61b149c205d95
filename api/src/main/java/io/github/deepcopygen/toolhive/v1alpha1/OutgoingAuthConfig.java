package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Map;
import java.util.Objects;

/** How the virtual MCP server authenticates to its backends. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.OutgoingAuthConfig")
public class OutgoingAuthConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("discovered")
  @CrdMarkers(enumValues = {"discovered", "inline"})
  @JsonPropertyDescription(
      "Where each backend's authentication comes from: discovered from its MCPServer's"
          + " externalAuthConfigRef, or inline, as written here.")
  @JsonProperty("source")
  private String source;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Authentication for the backends that have none of their own.")
  @JsonProperty("default")
  private BackendAuthConfig defaultAuth;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "Authentication for particular backends, by name, in either source mode.")
  @JsonProperty("backends")
  private Map<String, BackendAuthConfig> backends;

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public BackendAuthConfig getDefaultAuth() {
    return defaultAuth;
  }

  public void setDefaultAuth(BackendAuthConfig defaultAuth) {
    this.defaultAuth = defaultAuth;
  }

  public Map<String, BackendAuthConfig> getBackends() {
    return backends;
  }

  public void setBackends(Map<String, BackendAuthConfig> backends) {
    this.backends = backends;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public OutgoingAuthConfig deepCopy() {
    return OutgoingAuthConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OutgoingAuthConfig other = (OutgoingAuthConfig) o;
    return Objects.equals(source, other.source)
        && Objects.equals(defaultAuth, other.defaultAuth)
        && Objects.equals(backends, other.backends);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, defaultAuth, backends);
  }

  @Override
  public String toString() {
    return "OutgoingAuthConfig{"
        + "source="
        + source
        + ", defaultAuth="
        + defaultAuth
        + ", backends="
        + backends
        + "}";
  }
}

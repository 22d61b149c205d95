package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Map;
import java.util.Objects;

/** How the virtual server authenticates to its backends. */
@DeepCopy
@JsonClassDescription("How the virtual server authenticates to its backends.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.OutgoingAuthConfig")
public class OutgoingAuthConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Authentication for particular backends, by name.")
  @JsonProperty("backends")
  private Map<String, BackendAuthStrategy> backends;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Authentication for the backends that have none of their own.")
  @JsonProperty("default")
  private BackendAuthStrategy defaultStrategy;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription(
      "Where each backend's authentication comes from: inline, as written here, or"
          + " discovered from its MCPServer's externalAuthConfigRef (Kubernetes only).")
  @JsonProperty("source")
  private String source;

  public Map<String, BackendAuthStrategy> getBackends() {
    return backends;
  }

  public void setBackends(Map<String, BackendAuthStrategy> backends) {
    this.backends = backends;
  }

  public BackendAuthStrategy getDefaultStrategy() {
    return defaultStrategy;
  }

  public void setDefaultStrategy(BackendAuthStrategy defaultStrategy) {
    this.defaultStrategy = defaultStrategy;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
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
    return Objects.equals(backends, other.backends)
        && Objects.equals(defaultStrategy, other.defaultStrategy)
        && Objects.equals(source, other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(backends, defaultStrategy, source);
  }
}

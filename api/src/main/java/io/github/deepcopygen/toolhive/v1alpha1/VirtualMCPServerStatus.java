package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.kubernetes.api.model.Condition;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.ConditionSchema;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** What the operator last observed of a {@link VirtualMCPServer}. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServerStatus")
@JsonClassDescription("What the operator last saw of the virtual MCP server.")
public class VirtualMCPServerStatus extends UnknownFields {
  /** Entries are keyed by {@code type}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "type")
  @SchemaFrom(type = ConditionSchema[].class)
  @JsonPropertyDescription("The latest observations of the virtual server's state.")
  @JsonProperty("conditions")
  private List<Condition> conditions;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @CrdMarkers(format = "int64")
  @JsonPropertyDescription("The generation of the resource that the controller last acted on.")
  @JsonProperty("observedGeneration")
  private long observedGeneration;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("Pending")
  @JsonPropertyDescription("Where the virtual server is in its life cycle.")
  @JsonProperty("phase")
  private VirtualMCPServerPhase phase;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("More about the current phase, for people to read.")
  @JsonProperty("message")
  private String message;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("The address the virtual server is reached at.")
  @JsonProperty("url")
  private String url;

  /** Entries are keyed by {@code name}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "name")
  @JsonPropertyDescription("The backends found in the MCPGroup.")
  @JsonProperty("discoveredBackends")
  private List<DiscoveredBackend> discoveredBackends;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription(
      "How many backends can take requests: the ready and the unauthenticated ones.")
  @JsonProperty("backendCount")
  private int backendCount;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A hash of the referred MCPOIDCConfig's spec, so that a change to it is noticed; set"
          + " only with incomingAuth.oidcConfigRef.")
  @JsonProperty("oidcConfigHash")
  private String oidcConfigHash;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A hash of the referred MCPTelemetryConfig's spec, so that a change to it is noticed;"
          + " set only with telemetryConfigRef.")
  @JsonProperty("telemetryConfigHash")
  private String telemetryConfigHash;

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public VirtualMCPServerPhase getPhase() {
    return phase;
  }

  public void setPhase(VirtualMCPServerPhase phase) {
    this.phase = phase;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<DiscoveredBackend> getDiscoveredBackends() {
    return discoveredBackends;
  }

  public void setDiscoveredBackends(List<DiscoveredBackend> discoveredBackends) {
    this.discoveredBackends = discoveredBackends;
  }

  public int getBackendCount() {
    return backendCount;
  }

  public void setBackendCount(int backendCount) {
    this.backendCount = backendCount;
  }

  public String getOidcConfigHash() {
    return oidcConfigHash;
  }

  public void setOidcConfigHash(String oidcConfigHash) {
    this.oidcConfigHash = oidcConfigHash;
  }

  public String getTelemetryConfigHash() {
    return telemetryConfigHash;
  }

  public void setTelemetryConfigHash(String telemetryConfigHash) {
    this.telemetryConfigHash = telemetryConfigHash;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public VirtualMCPServerStatus deepCopy() {
    return VirtualMCPServerStatusDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VirtualMCPServerStatus other = (VirtualMCPServerStatus) o;
    return Objects.equals(conditions, other.conditions)
        && observedGeneration == other.observedGeneration
        && Objects.equals(phase, other.phase)
        && Objects.equals(message, other.message)
        && Objects.equals(url, other.url)
        && Objects.equals(discoveredBackends, other.discoveredBackends)
        && backendCount == other.backendCount
        && Objects.equals(oidcConfigHash, other.oidcConfigHash)
        && Objects.equals(telemetryConfigHash, other.telemetryConfigHash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        conditions,
        observedGeneration,
        phase,
        message,
        url,
        discoveredBackends,
        backendCount,
        oidcConfigHash,
        telemetryConfigHash);
  }

  @Override
  public String toString() {
    return "VirtualMCPServerStatus{"
        + "conditions="
        + conditions
        + ", observedGeneration="
        + observedGeneration
        + ", phase="
        + phase
        + ", message="
        + message
        + ", url="
        + url
        + ", discoveredBackends="
        + discoveredBackends
        + ", backendCount="
        + backendCount
        + ", oidcConfigHash="
        + oidcConfigHash
        + ", telemetryConfigHash="
        + telemetryConfigHash
        + "}";
  }
}

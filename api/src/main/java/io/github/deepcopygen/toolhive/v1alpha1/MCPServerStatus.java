package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.kubernetes.api.model.Condition;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.ConditionSchema;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** What the operator last observed of an {@link MCPServer}. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.MCPServerStatus")
@JsonClassDescription("What the operator last saw of the MCP server.")
public class MCPServerStatus extends UnknownFields {
  /** Entries are keyed by {@code type}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "type")
  @SchemaFrom(type = ConditionSchema[].class)
  @JsonPropertyDescription("The latest observations of the server's state.")
  @JsonProperty("conditions")
  private List<Condition> conditions;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @CrdMarkers(format = "int64")
  @JsonPropertyDescription("The generation of the resource that the controller last acted on.")
  @JsonProperty("observedGeneration")
  private long observedGeneration;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A hash of the referred MCPToolConfig, so that a change to it is noticed.")
  @JsonProperty("toolConfigHash")
  private String toolConfigHash;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A hash of the referred MCPExternalAuthConfig's spec, so that a change to it is"
          + " noticed.")
  @JsonProperty("externalAuthConfigHash")
  private String externalAuthConfigHash;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A hash of the referred authServerRef's spec, so that a change to it is noticed and"
          + " reconciled.")
  @JsonProperty("authServerConfigHash")
  private String authServerConfigHash;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A hash of the referred MCPOIDCConfig's spec, so that a change to it is noticed.")
  @JsonProperty("oidcConfigHash")
  private String oidcConfigHash;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A hash of the referred MCPTelemetryConfig's spec, so that a change to it is noticed.")
  @JsonProperty("telemetryConfigHash")
  private String telemetryConfigHash;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("The address the MCP server is reached at.")
  @JsonProperty("url")
  private String url;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Where the server is in its life cycle.")
  @JsonProperty("phase")
  private MCPServerPhase phase;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("More about the current phase, for people to read.")
  @JsonProperty("message")
  private String message;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription("How many proxy replicas are ready.")
  @JsonProperty("readyReplicas")
  private int readyReplicas;

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

  public String getToolConfigHash() {
    return toolConfigHash;
  }

  public void setToolConfigHash(String toolConfigHash) {
    this.toolConfigHash = toolConfigHash;
  }

  public String getExternalAuthConfigHash() {
    return externalAuthConfigHash;
  }

  public void setExternalAuthConfigHash(String externalAuthConfigHash) {
    this.externalAuthConfigHash = externalAuthConfigHash;
  }

  public String getAuthServerConfigHash() {
    return authServerConfigHash;
  }

  public void setAuthServerConfigHash(String authServerConfigHash) {
    this.authServerConfigHash = authServerConfigHash;
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

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public MCPServerPhase getPhase() {
    return phase;
  }

  public void setPhase(MCPServerPhase phase) {
    this.phase = phase;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public int getReadyReplicas() {
    return readyReplicas;
  }

  public void setReadyReplicas(int readyReplicas) {
    this.readyReplicas = readyReplicas;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public MCPServerStatus deepCopy() {
    return MCPServerStatusDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    MCPServerStatus other = (MCPServerStatus) o;
    return Objects.equals(conditions, other.conditions)
        && observedGeneration == other.observedGeneration
        && Objects.equals(toolConfigHash, other.toolConfigHash)
        && Objects.equals(externalAuthConfigHash, other.externalAuthConfigHash)
        && Objects.equals(authServerConfigHash, other.authServerConfigHash)
        && Objects.equals(oidcConfigHash, other.oidcConfigHash)
        && Objects.equals(telemetryConfigHash, other.telemetryConfigHash)
        && Objects.equals(url, other.url)
        && Objects.equals(phase, other.phase)
        && Objects.equals(message, other.message)
        && readyReplicas == other.readyReplicas;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        conditions,
        observedGeneration,
        toolConfigHash,
        externalAuthConfigHash,
        authServerConfigHash,
        oidcConfigHash,
        telemetryConfigHash,
        url,
        phase,
        message,
        readyReplicas);
  }

  @Override
  public String toString() {
    return "MCPServerStatus{"
        + "conditions="
        + conditions
        + ", observedGeneration="
        + observedGeneration
        + ", toolConfigHash="
        + toolConfigHash
        + ", externalAuthConfigHash="
        + externalAuthConfigHash
        + ", authServerConfigHash="
        + authServerConfigHash
        + ", oidcConfigHash="
        + oidcConfigHash
        + ", telemetryConfigHash="
        + telemetryConfigHash
        + ", url="
        + url
        + ", phase="
        + phase
        + ", message="
        + message
        + ", readyReplicas="
        + readyReplicas
        + "}";
  }
}

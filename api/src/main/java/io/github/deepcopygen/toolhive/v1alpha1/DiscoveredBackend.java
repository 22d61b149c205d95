package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/**
 * A backend MCP server that the virtual MCP server found in its group, as the vmcp runtime reports
 * it (upstream's {@code vmcp.DiscoveredBackend}, which the CRD status shares).
 */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.DiscoveredBackend")
@JsonClassDescription("A backend the virtual server found in its group, as its runtime reports it.")
public class DiscoveredBackend extends UnknownFields {
  @Required
  @JsonPropertyDescription("The name of the backend MCPServer.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("Where the backend MCPServer serves MCP.")
  @JsonProperty("url")
  private String url;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "The backend's health as last seen: ready, degraded, unavailable, unauthenticated or"
          + " unknown.")
  @JsonProperty("status")
  private String status;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("The MCPExternalAuthConfig the backend was found to use, if any.")
  @JsonProperty("authConfigRef")
  private String authConfigRef;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("The kind of authentication the backend uses.")
  @JsonProperty("authType")
  private String authType;

  /**
   * When the backend was last checked: a Kubernetes time, RFC 3339 in UTC, kept as the text it was
   * read as, as fabric8's own model keeps times, so it is written back unchanged.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(format = "date-time")
  @JsonPropertyDescription("When the backend's health was last checked.")
  @JsonProperty("lastHealthCheck")
  private String lastHealthCheck;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("More about the backend's status, for people to read.")
  @JsonProperty("message")
  private String message;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(enumValues = {"closed", "open", "half-open"})
  @JsonPropertyDescription(
      "The backend's circuit breaker: closed, open or half-open; empty when no circuit"
          + " breaker is configured.")
  @JsonProperty("circuitBreakerState")
  private String circuitBreakerState;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(format = "date-time")
  @JsonPropertyDescription(
      "When the circuit breaker last changed state; empty when it never has or is not"
          + " configured.")
  @JsonProperty("circuitLastChanged")
  private String circuitLastChanged;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonPropertyDescription(
      "How many health checks in a row have failed; back to 0 once the backend is healthy.")
  @JsonProperty("consecutiveFailures")
  private int consecutiveFailures;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAuthConfigRef() {
    return authConfigRef;
  }

  public void setAuthConfigRef(String authConfigRef) {
    this.authConfigRef = authConfigRef;
  }

  public String getAuthType() {
    return authType;
  }

  public void setAuthType(String authType) {
    this.authType = authType;
  }

  public String getLastHealthCheck() {
    return lastHealthCheck;
  }

  public void setLastHealthCheck(String lastHealthCheck) {
    this.lastHealthCheck = lastHealthCheck;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getCircuitBreakerState() {
    return circuitBreakerState;
  }

  public void setCircuitBreakerState(String circuitBreakerState) {
    this.circuitBreakerState = circuitBreakerState;
  }

  public String getCircuitLastChanged() {
    return circuitLastChanged;
  }

  public void setCircuitLastChanged(String circuitLastChanged) {
    this.circuitLastChanged = circuitLastChanged;
  }

  public int getConsecutiveFailures() {
    return consecutiveFailures;
  }

  public void setConsecutiveFailures(int consecutiveFailures) {
    this.consecutiveFailures = consecutiveFailures;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public DiscoveredBackend deepCopy() {
    return DiscoveredBackendDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    DiscoveredBackend other = (DiscoveredBackend) o;
    return Objects.equals(name, other.name)
        && Objects.equals(url, other.url)
        && Objects.equals(status, other.status)
        && Objects.equals(authConfigRef, other.authConfigRef)
        && Objects.equals(authType, other.authType)
        && Objects.equals(lastHealthCheck, other.lastHealthCheck)
        && Objects.equals(message, other.message)
        && Objects.equals(circuitBreakerState, other.circuitBreakerState)
        && Objects.equals(circuitLastChanged, other.circuitLastChanged)
        && consecutiveFailures == other.consecutiveFailures;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        url,
        status,
        authConfigRef,
        authType,
        lastHealthCheck,
        message,
        circuitBreakerState,
        circuitLastChanged,
        consecutiveFailures);
  }

  @Override
  public String toString() {
    return "DiscoveredBackend{"
        + "name="
        + name
        + ", url="
        + url
        + ", status="
        + status
        + ", authConfigRef="
        + authConfigRef
        + ", authType="
        + authType
        + ", lastHealthCheck="
        + lastHealthCheck
        + ", message="
        + message
        + ", circuitBreakerState="
        + circuitBreakerState
        + ", circuitLastChanged="
        + circuitLastChanged
        + ", consecutiveFailures="
        + consecutiveFailures
        + "}";
  }
}

package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/**
 * A backend MCP server that the virtual MCP server found in its group, as the vmcp runtime reports it
 * (upstream's {@code vmcp.DiscoveredBackend}, which the CRD status shares).
 */
@DeepCopy
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.v1alpha1.DiscoveredBackend")
public class DiscoveredBackend extends UnknownFields {
    /** The name of the backend MCPServer. */
    @Required
    @JsonProperty("name")
    private String name;

    /** Where the backend serves MCP. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("url")
    private String url;

    /** The backend's health as last seen: ready, degraded, unavailable, unauthenticated or unknown. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("status")
    private String status;

    /** The MCPExternalAuthConfig the backend uses, if any. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("authConfigRef")
    private String authConfigRef;

    /** The kind of authentication the backend uses. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("authType")
    private String authType;

    /** When the backend was last checked: a Kubernetes time, RFC 3339 in UTC, kept as the text it was
     * read as, as fabric8's own model keeps times, so it is written back unchanged. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @CrdMarkers(format = "date-time")
    @JsonProperty("lastHealthCheck")
    private String lastHealthCheck;

    /** More about the backend's status. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("message")
    private String message;

    /** The backend's circuit breaker: closed, open or half-open; empty without a circuit breaker. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @CrdMarkers(enumValues = {"closed", "open", "half-open"})
    @JsonProperty("circuitBreakerState")
    private String circuitBreakerState;

    /** When the circuit breaker last changed state, as a Kubernetes time (see lastHealthCheck). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @CrdMarkers(format = "date-time")
    @JsonProperty("circuitLastChanged")
    private String circuitLastChanged;

    /** How many health checks in a row have failed; back to 0 once the backend is healthy. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
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

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
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
        return Objects.hash(name, url, status, authConfigRef, authType, lastHealthCheck, message, circuitBreakerState, circuitLastChanged, consecutiveFailures);
    }

    @Override
    public String toString() {
        return "DiscoveredBackend{"
                + "name=" + name
                + ", url=" + url
                + ", status=" + status
                + ", authConfigRef=" + authConfigRef
                + ", authType=" + authType
                + ", lastHealthCheck=" + lastHealthCheck
                + ", message=" + message
                + ", circuitBreakerState=" + circuitBreakerState
                + ", circuitLastChanged=" + circuitLastChanged
                + ", consecutiveFailures=" + consecutiveFailures
                + "}";
    }
}

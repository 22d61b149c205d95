package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** How the virtual server watches its backends' health and serves when some fail. */
@DeepCopy
@JsonClassDescription(
    "How the virtual server watches its backends' health and serves when some fail.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.FailureHandlingConfig")
public class FailureHandlingConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The circuit breaker.")
  @JsonProperty("circuitBreaker")
  private CircuitBreakerConfig circuitBreaker;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"30s\"")
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription("How long to wait between health checks.")
  @JsonProperty("healthCheckInterval")
  private String healthCheckInterval;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"10s\"")
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription(
      "The longest one health check may take; keep it below the interval, so that checks do"
          + " not pile up.")
  @JsonProperty("healthCheckTimeout")
  private String healthCheckTimeout;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"fail\"")
  @CrdMarkers(enumValues = {"fail", "best_effort"})
  @JsonPropertyDescription(
      "What to do when some backends are down: fail the request, or serve it with those that"
          + " are up (best_effort).")
  @JsonProperty("partialFailureMode")
  private String partialFailureMode;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"30s\"")
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription(
      "How often the runtime reports backend health and phase to Kubernetes; lower is"
          + " fresher and busier for the API server.")
  @JsonProperty("statusReportingInterval")
  private String statusReportingInterval;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("3")
  @JsonPropertyDescription("How many failed checks in a row make a backend unhealthy.")
  @JsonProperty("unhealthyThreshold")
  private Integer unhealthyThreshold;

  public CircuitBreakerConfig getCircuitBreaker() {
    return circuitBreaker;
  }

  public void setCircuitBreaker(CircuitBreakerConfig circuitBreaker) {
    this.circuitBreaker = circuitBreaker;
  }

  public String getHealthCheckInterval() {
    return healthCheckInterval;
  }

  public void setHealthCheckInterval(String healthCheckInterval) {
    this.healthCheckInterval = healthCheckInterval;
  }

  public String getHealthCheckTimeout() {
    return healthCheckTimeout;
  }

  public void setHealthCheckTimeout(String healthCheckTimeout) {
    this.healthCheckTimeout = healthCheckTimeout;
  }

  public String getPartialFailureMode() {
    return partialFailureMode;
  }

  public void setPartialFailureMode(String partialFailureMode) {
    this.partialFailureMode = partialFailureMode;
  }

  public String getStatusReportingInterval() {
    return statusReportingInterval;
  }

  public void setStatusReportingInterval(String statusReportingInterval) {
    this.statusReportingInterval = statusReportingInterval;
  }

  public Integer getUnhealthyThreshold() {
    return unhealthyThreshold;
  }

  public void setUnhealthyThreshold(Integer unhealthyThreshold) {
    this.unhealthyThreshold = unhealthyThreshold;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public FailureHandlingConfig deepCopy() {
    return FailureHandlingConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    FailureHandlingConfig other = (FailureHandlingConfig) o;
    return Objects.equals(circuitBreaker, other.circuitBreaker)
        && Objects.equals(healthCheckInterval, other.healthCheckInterval)
        && Objects.equals(healthCheckTimeout, other.healthCheckTimeout)
        && Objects.equals(partialFailureMode, other.partialFailureMode)
        && Objects.equals(statusReportingInterval, other.statusReportingInterval)
        && Objects.equals(unhealthyThreshold, other.unhealthyThreshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        circuitBreaker,
        healthCheckInterval,
        healthCheckTimeout,
        partialFailureMode,
        statusReportingInterval,
        unhealthyThreshold);
  }
}

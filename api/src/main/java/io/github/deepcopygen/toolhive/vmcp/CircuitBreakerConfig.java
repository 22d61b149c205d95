package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/**
 * A circuit breaker that stops calling a backend after repeated failures, and tries it again later.
 */
@DeepCopy
@JsonClassDescription(
    "A circuit breaker that stops calling a backend after repeated failures, and"
        + " tries it again later.")
public class CircuitBreakerConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription("Turns the circuit breaker on.")
  @JsonProperty("enabled")
  private Boolean enabled;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("5")
  @Min(1)
  @JsonPropertyDescription("How many failures open the circuit; at least 1.")
  @JsonProperty("failureThreshold")
  private Integer failureThreshold;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"60s\"")
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @ValidationRule(
      value = "self == '' || duration(self) >= duration('1s')",
      message = "timeout must be >= 1s")
  @JsonPropertyDescription(
      "How long an open circuit waits before it lets a call through again; at least 1s, so"
          + " that it does not flap.")
  @JsonProperty("timeout")
  private String timeout;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public Integer getFailureThreshold() {
    return failureThreshold;
  }

  public void setFailureThreshold(Integer failureThreshold) {
    this.failureThreshold = failureThreshold;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public CircuitBreakerConfig deepCopy() {
    return CircuitBreakerConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CircuitBreakerConfig other = (CircuitBreakerConfig) o;
    return Objects.equals(enabled, other.enabled)
        && Objects.equals(failureThreshold, other.failureThreshold)
        && Objects.equals(timeout, other.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, failureThreshold, timeout);
  }
}

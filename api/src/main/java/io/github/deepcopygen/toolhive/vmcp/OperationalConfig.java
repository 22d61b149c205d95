package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** Logging, timeouts and failure handling of the virtual server. */
@DeepCopy
@JsonClassDescription("Logging, timeouts and failure handling of the virtual server.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.OperationalConfig")
public class OperationalConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("How backends' failures are watched for and handled.")
  @JsonProperty("failureHandling")
  private FailureHandlingConfig failureHandling;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(enumValues = {"debug"})
  @JsonPropertyDescription(
      "debug for debug logging, the only value there is; info logging when left out.")
  @JsonProperty("logLevel")
  private String logLevel;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("How long calls to the backends may take.")
  @JsonProperty("timeouts")
  private TimeoutConfig timeouts;

  public FailureHandlingConfig getFailureHandling() {
    return failureHandling;
  }

  public void setFailureHandling(FailureHandlingConfig failureHandling) {
    this.failureHandling = failureHandling;
  }

  public String getLogLevel() {
    return logLevel;
  }

  public void setLogLevel(String logLevel) {
    this.logLevel = logLevel;
  }

  public TimeoutConfig getTimeouts() {
    return timeouts;
  }

  public void setTimeouts(TimeoutConfig timeouts) {
    this.timeouts = timeouts;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public OperationalConfig deepCopy() {
    return OperationalConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OperationalConfig other = (OperationalConfig) o;
    return Objects.equals(failureHandling, other.failureHandling)
        && Objects.equals(logLevel, other.logLevel)
        && Objects.equals(timeouts, other.timeouts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(failureHandling, logLevel, timeouts);
  }
}

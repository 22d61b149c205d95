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

/** What a workflow does when one of its steps fails. */
@DeepCopy
@JsonClassDescription("What a workflow does when one of its steps fails.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.StepErrorHandling")
public class StepErrorHandling extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"abort\"")
  @CrdMarkers(enumValues = {"abort", "continue", "retry"})
  @JsonPropertyDescription("What to do when the step fails.")
  @JsonProperty("action")
  private String action;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("How many times to retry, with the retry action.")
  @JsonProperty("retryCount")
  private Integer retryCount;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription("How long to wait between retries, with the retry action.")
  @JsonProperty("retryDelay")
  private String retryDelay;

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Integer getRetryCount() {
    return retryCount;
  }

  public void setRetryCount(Integer retryCount) {
    this.retryCount = retryCount;
  }

  public String getRetryDelay() {
    return retryDelay;
  }

  public void setRetryDelay(String retryDelay) {
    this.retryDelay = retryDelay;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public StepErrorHandling deepCopy() {
    return StepErrorHandlingDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    StepErrorHandling other = (StepErrorHandling) o;
    return Objects.equals(action, other.action)
        && Objects.equals(retryCount, other.retryCount)
        && Objects.equals(retryDelay, other.retryDelay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, retryCount, retryDelay);
  }
}

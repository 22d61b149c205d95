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
import java.util.Map;
import java.util.Objects;

/** How long a call to a backend may take. */
@DeepCopy
@JsonClassDescription("How long a call to a backend may take.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.TimeoutConfig")
public class TimeoutConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"30s\"")
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription(
      "How long a call to a backend may take, unless its workload has its own.")
  @JsonProperty("default")
  private String defaultTimeout;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(valuesPattern = "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription("How long calls to particular workloads may take, by workload name.")
  @JsonProperty("perWorkload")
  private Map<String, String> perWorkload;

  public String getDefaultTimeout() {
    return defaultTimeout;
  }

  public void setDefaultTimeout(String defaultTimeout) {
    this.defaultTimeout = defaultTimeout;
  }

  public Map<String, String> getPerWorkload() {
    return perWorkload;
  }

  public void setPerWorkload(Map<String, String> perWorkload) {
    this.perWorkload = perWorkload;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public TimeoutConfig deepCopy() {
    return TimeoutConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TimeoutConfig other = (TimeoutConfig) o;
    return Objects.equals(defaultTimeout, other.defaultTimeout)
        && Objects.equals(perWorkload, other.perWorkload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultTimeout, perWorkload);
  }
}

package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Objects;

/** The settings of the chosen way of resolving tool name clashes. */
@DeepCopy
@JsonClassDescription("The settings of the chosen way of resolving tool name clashes.")
public class ConflictResolutionConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"{workload}_\"")
  @JsonPropertyDescription(
      "How the prefix strategy names tools: {workload}, {workload}_ or {workload}. in front"
          + " of the tool's name.")
  @JsonProperty("prefixFormat")
  private String prefixFormat;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The workloads in order of priority, for the priority strategy.")
  @JsonProperty("priorityOrder")
  private List<String> priorityOrder;

  public String getPrefixFormat() {
    return prefixFormat;
  }

  public void setPrefixFormat(String prefixFormat) {
    this.prefixFormat = prefixFormat;
  }

  public List<String> getPriorityOrder() {
    return priorityOrder;
  }

  public void setPriorityOrder(List<String> priorityOrder) {
    this.priorityOrder = priorityOrder;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ConflictResolutionConfig deepCopy() {
    return ConflictResolutionConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ConflictResolutionConfig other = (ConflictResolutionConfig) o;
    return Objects.equals(prefixFormat, other.prefixFormat)
        && Objects.equals(priorityOrder, other.priorityOrder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prefixFormat, priorityOrder);
  }
}

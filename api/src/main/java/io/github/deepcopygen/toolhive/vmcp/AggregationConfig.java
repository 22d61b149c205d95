package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Objects;

/**
 * How the virtual server merges the tools of its backends, and what it does when two have the same
 * name.
 */
@DeepCopy
@JsonClassDescription(
    "How the virtual server merges the tools of its backends, and what it does when"
        + " two have the same name.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.AggregationConfig")
public class AggregationConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"prefix\"")
  @CrdMarkers(enumValues = {"prefix", "priority", "manual"})
  @JsonPropertyDescription(
      "What to do when two backends offer tools of the same name: prefix each with its"
          + " workload, let the first in priority order win, or resolve every clash by hand"
          + " (manual).")
  @JsonProperty("conflictResolution")
  private String conflictResolution;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The settings of the chosen way of resolving clashes.")
  @JsonProperty("conflictResolutionConfig")
  private ConflictResolutionConfig conflictResolutionConfig;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Hides every backend tool from clients' tool lists, while composite tools can still"
          + " call them: for offering only curated composite tools.")
  @JsonProperty("excludeAllTools")
  private Boolean excludeAllTools;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Which tools of each backend to offer, and under which names.")
  @JsonProperty("tools")
  private List<WorkloadToolConfig> tools;

  public String getConflictResolution() {
    return conflictResolution;
  }

  public void setConflictResolution(String conflictResolution) {
    this.conflictResolution = conflictResolution;
  }

  public ConflictResolutionConfig getConflictResolutionConfig() {
    return conflictResolutionConfig;
  }

  public void setConflictResolutionConfig(ConflictResolutionConfig conflictResolutionConfig) {
    this.conflictResolutionConfig = conflictResolutionConfig;
  }

  public Boolean getExcludeAllTools() {
    return excludeAllTools;
  }

  public void setExcludeAllTools(Boolean excludeAllTools) {
    this.excludeAllTools = excludeAllTools;
  }

  public List<WorkloadToolConfig> getTools() {
    return tools;
  }

  public void setTools(List<WorkloadToolConfig> tools) {
    this.tools = tools;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public AggregationConfig deepCopy() {
    return AggregationConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AggregationConfig other = (AggregationConfig) o;
    return Objects.equals(conflictResolution, other.conflictResolution)
        && Objects.equals(conflictResolutionConfig, other.conflictResolutionConfig)
        && Objects.equals(excludeAllTools, other.excludeAllTools)
        && Objects.equals(tools, other.tools);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conflictResolution, conflictResolutionConfig, excludeAllTools, tools);
  }
}

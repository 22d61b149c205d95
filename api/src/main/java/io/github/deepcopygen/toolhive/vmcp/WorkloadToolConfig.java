package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which tools of one backend the virtual server offers, and under which names. */
@DeepCopy
@JsonClassDescription(
    "Which tools of one backend the virtual server offers, and under which names.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.WorkloadToolConfig")
public class WorkloadToolConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Hides every tool of this workload from clients' tool lists, while composite tools can"
          + " still call them.")
  @JsonProperty("excludeAll")
  private Boolean excludeAll;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The tools of this workload to show clients; the others are hidden from tool lists,"
          + " yet composite tools can still call them.")
  @JsonProperty("filter")
  private List<String> filter;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "New names and descriptions for tools, by their backend name, applied before clashes"
          + " are resolved and used everywhere; ignored with toolConfigRef.")
  @JsonProperty("overrides")
  private Map<String, ToolOverride> overrides;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "An MCPToolConfig that filters and renames this workload's tools instead of filter and"
          + " overrides; Kubernetes only.")
  @JsonProperty("toolConfigRef")
  private ToolConfigRef toolConfigRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The name of the backend MCPServer.")
  @JsonProperty("workload")
  private String workload;

  public Boolean getExcludeAll() {
    return excludeAll;
  }

  public void setExcludeAll(Boolean excludeAll) {
    this.excludeAll = excludeAll;
  }

  public List<String> getFilter() {
    return filter;
  }

  public void setFilter(List<String> filter) {
    this.filter = filter;
  }

  public Map<String, ToolOverride> getOverrides() {
    return overrides;
  }

  public void setOverrides(Map<String, ToolOverride> overrides) {
    this.overrides = overrides;
  }

  public ToolConfigRef getToolConfigRef() {
    return toolConfigRef;
  }

  public void setToolConfigRef(ToolConfigRef toolConfigRef) {
    this.toolConfigRef = toolConfigRef;
  }

  public String getWorkload() {
    return workload;
  }

  public void setWorkload(String workload) {
    this.workload = workload;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public WorkloadToolConfig deepCopy() {
    return WorkloadToolConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    WorkloadToolConfig other = (WorkloadToolConfig) o;
    return Objects.equals(excludeAll, other.excludeAll)
        && Objects.equals(filter, other.filter)
        && Objects.equals(overrides, other.overrides)
        && Objects.equals(toolConfigRef, other.toolConfigRef)
        && Objects.equals(workload, other.workload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(excludeAll, filter, overrides, toolConfigRef, workload);
  }
}

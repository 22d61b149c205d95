package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which tools of one backend the virtual server offers, and under which names. */
@DeepCopy
public class WorkloadToolConfig extends UnknownFields {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("excludeAll")
    private Boolean excludeAll;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("filter")
    private List<String> filter;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("overrides")
    private Map<String, ToolOverride> overrides;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("toolConfigRef")
    private ToolConfigRef toolConfigRef;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Required
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

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
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

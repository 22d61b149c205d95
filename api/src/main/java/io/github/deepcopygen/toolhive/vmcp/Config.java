package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A small part of the virtual MCP server's own configuration, enough to copy and test. */
@DeepCopy
public class Config extends UnknownFields {
    /** The virtual server's name. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("name")
    private String name;

    /** The group whose servers it aggregates. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("groupRef")
    private String groupRef;

    /** For each backend, the tools it may expose. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("toolFilters")
    private Map<String, List<String>> toolFilters;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("metadata")
    private Map<String, String> metadata;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGroupRef() {
        return groupRef;
    }

    public void setGroupRef(String groupRef) {
        this.groupRef = groupRef;
    }

    public Map<String, List<String>> getToolFilters() {
        return toolFilters;
    }

    public void setToolFilters(Map<String, List<String>> toolFilters) {
        this.toolFilters = toolFilters;
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public Config deepCopy() {
        return ConfigDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Config other = (Config) o;
        return Objects.equals(name, other.name)
                && Objects.equals(groupRef, other.groupRef)
                && Objects.equals(toolFilters, other.toolFilters)
                && Objects.equals(metadata, other.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, groupRef, toolFilters, metadata);
    }

    @Override
    public String toString() {
        return "Config{"
                + "name=" + name
                + ", groupRef=" + groupRef
                + ", toolFilters=" + toolFilters
                + ", metadata=" + metadata
                + "}";
    }
}

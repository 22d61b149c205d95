package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Points at a shared MCPTelemetryConfig. */
@DeepCopy
public class MCPTelemetryConfigReference extends UnknownFields {
    /** Required. Not empty. */
    @Required
    @Size(min = 1)
    @JsonProperty("name")
    private String name;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("serviceName")
    private String serviceName;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public MCPTelemetryConfigReference deepCopy() {
        return MCPTelemetryConfigReferenceDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        MCPTelemetryConfigReference other = (MCPTelemetryConfigReference) o;
        return Objects.equals(name, other.name)
                && Objects.equals(serviceName, other.serviceName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, serviceName);
    }

    @Override
    public String toString() {
        return "MCPTelemetryConfigReference{"
                + "name=" + name
                + ", serviceName=" + serviceName
                + "}";
    }
}

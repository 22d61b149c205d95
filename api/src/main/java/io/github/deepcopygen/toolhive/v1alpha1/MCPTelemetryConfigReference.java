package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Points at a shared MCPTelemetryConfig. */
@DeepCopy
public class MCPTelemetryConfigReference extends UnknownFields {
  @Required
  @Size(min = 1)
  @JsonPropertyDescription("The name of the MCPTelemetryConfig.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "The service name this server reports telemetry under, instead of the shared one; keep"
          + " it unique, so that traces and metrics of servers sharing a collector stay apart. When"
          + " empty, the server's name with a thv- prefix.")
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

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
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
    return Objects.equals(name, other.name) && Objects.equals(serviceName, other.serviceName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, serviceName);
  }

  @Override
  public String toString() {
    return "MCPTelemetryConfigReference{" + "name=" + name + ", serviceName=" + serviceName + "}";
  }
}

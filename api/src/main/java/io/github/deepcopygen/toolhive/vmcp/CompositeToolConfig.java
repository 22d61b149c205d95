package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A tool of the virtual server's own, made of a workflow of steps over the backends' tools. */
@DeepCopy
@JsonClassDescription(
    "A tool of the virtual server's own, made of a workflow of steps over the"
        + " backends' tools.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.CompositeToolConfig")
public class CompositeToolConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("What the tool does, for clients to read.")
  @JsonProperty("description")
  private String description;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The tool's name, unique among the virtual server's tools.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The shape of the tool's result; the last step's output when left out.")
  @JsonProperty("output")
  private OutputConfig output;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(freeFormObject = true)
  @DeepCopy.JsonTree
  @JsonPropertyDescription(
      "The tool's input parameters, as a JSON Schema object with type object and its"
          + " properties.")
  @JsonProperty("parameters")
  private Map<String, Object> parameters;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The workflow's steps.")
  @JsonProperty("steps")
  private List<WorkflowStepConfig> steps;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription("The longest the whole workflow may run.")
  @JsonProperty("timeout")
  private String timeout;

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OutputConfig getOutput() {
    return output;
  }

  public void setOutput(OutputConfig output) {
    this.output = output;
  }

  public Map<String, Object> getParameters() {
    return parameters;
  }

  public void setParameters(Map<String, Object> parameters) {
    this.parameters = parameters;
  }

  public List<WorkflowStepConfig> getSteps() {
    return steps;
  }

  public void setSteps(List<WorkflowStepConfig> steps) {
    this.steps = steps;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public CompositeToolConfig deepCopy() {
    return CompositeToolConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CompositeToolConfig other = (CompositeToolConfig) o;
    return Objects.equals(description, other.description)
        && Objects.equals(name, other.name)
        && Objects.equals(output, other.output)
        && Objects.equals(parameters, other.parameters)
        && Objects.equals(steps, other.steps)
        && Objects.equals(timeout, other.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, name, output, parameters, steps, timeout);
  }
}

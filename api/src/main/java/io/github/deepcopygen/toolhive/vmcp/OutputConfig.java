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

/** The shape of a composite tool's result, as a JSON Schema of its properties. */
@DeepCopy
@JsonClassDescription("The shape of a composite tool's result, as a JSON Schema of its properties.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.OutputConfig")
public class OutputConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The result's properties, by name.")
  @JsonProperty("properties")
  private Map<String, OutputProperty> properties;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The properties the result must have.")
  @JsonProperty("required")
  private List<String> required;

  public Map<String, OutputProperty> getProperties() {
    return properties;
  }

  public void setProperties(Map<String, OutputProperty> properties) {
    this.properties = properties;
  }

  public List<String> getRequired() {
    return required;
  }

  public void setRequired(List<String> required) {
    this.required = required;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public OutputConfig deepCopy() {
    return OutputConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OutputConfig other = (OutputConfig) o;
    return Objects.equals(properties, other.properties) && Objects.equals(required, other.required);
  }

  @Override
  public int hashCode() {
    return Objects.hash(properties, required);
  }
}

package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Map;
import java.util.Objects;

/** One property of a composite tool's result: its type and where its value comes from. */
@DeepCopy
@JsonClassDescription(
    "One property of a composite tool's result: its type and where its value comes" + " from.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.OutputProperty")
public class OutputProperty extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(anyJson = true)
  @DeepCopy.JsonTree
  @JsonPropertyDescription(
      "The value to use when the template cannot be expanded, converted to the declared" + " type.")
  @JsonProperty("default")
  private Object defaultValue;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("What the property means, for clients and models to read.")
  @JsonProperty("description")
  private String description;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(freeFormObject = true)
  @DeepCopy.JsonTree
  @JsonPropertyDescription(
      "The properties of an object-typed property, each described as fully as this one.")
  @JsonProperty("properties")
  private Map<String, Object> properties;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @CrdMarkers(enumValues = {"string", "integer", "number", "boolean", "object", "array"})
  @JsonPropertyDescription(
      "The property's JSON Schema type: string, integer, number, boolean, object or array.")
  @JsonProperty("type")
  private String type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "A template that builds the value at run time ({{.steps.step_id.output.field}},"
          + " {{.params.param_name}}); for an object, a JSON string that is then parsed.")
  @JsonProperty("value")
  private String value;

  public Object getDefaultValue() {
    return defaultValue;
  }

  public void setDefaultValue(Object defaultValue) {
    this.defaultValue = defaultValue;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Map<String, Object> getProperties() {
    return properties;
  }

  public void setProperties(Map<String, Object> properties) {
    this.properties = properties;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public OutputProperty deepCopy() {
    return OutputPropertyDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OutputProperty other = (OutputProperty) o;
    return Objects.equals(defaultValue, other.defaultValue)
        && Objects.equals(description, other.description)
        && Objects.equals(properties, other.properties)
        && Objects.equals(type, other.type)
        && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultValue, description, properties, type, value);
  }
}

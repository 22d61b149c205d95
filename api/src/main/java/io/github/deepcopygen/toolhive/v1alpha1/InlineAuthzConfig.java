package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** Cedar policies and entities given directly in the resource. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.InlineAuthzConfig")
public class InlineAuthzConfig extends UnknownFields {
  @Required
  @CrdMarkers(minItems = 1, listType = "atomic")
  @JsonPropertyDescription("The Cedar policies, one per entry.")
  @JsonProperty("policies")
  private List<String> policies;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("\"[]\"")
  @JsonPropertyDescription("The Cedar entities, as a JSON string.")
  @JsonProperty("entitiesJson")
  private String entitiesJson;

  public List<String> getPolicies() {
    return policies;
  }

  public void setPolicies(List<String> policies) {
    this.policies = policies;
  }

  public String getEntitiesJson() {
    return entitiesJson;
  }

  public void setEntitiesJson(String entitiesJson) {
    this.entitiesJson = entitiesJson;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public InlineAuthzConfig deepCopy() {
    return InlineAuthzConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    InlineAuthzConfig other = (InlineAuthzConfig) o;
    return Objects.equals(policies, other.policies)
        && Objects.equals(entitiesJson, other.entitiesJson);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policies, entitiesJson);
  }

  @Override
  public String toString() {
    return "InlineAuthzConfig{" + "policies=" + policies + ", entitiesJson=" + entitiesJson + "}";
  }
}

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
import java.util.Objects;

/** What a workflow does when the user declines or cancels an elicitation. */
@DeepCopy
@JsonClassDescription("What a workflow does when the user declines or cancels an elicitation.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.ElicitationResponseConfig")
public class ElicitationResponseConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"abort\"")
  @CrdMarkers(enumValues = {"skip_remaining", "abort", "continue"})
  @JsonPropertyDescription(
      "What to do when the user declines or cancels: skip_remaining steps, abort the"
          + " workflow, or continue with the next step.")
  @JsonProperty("action")
  private String action;

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ElicitationResponseConfig deepCopy() {
    return ElicitationResponseConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ElicitationResponseConfig other = (ElicitationResponseConfig) o;
    return Objects.equals(action, other.action);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action);
  }
}

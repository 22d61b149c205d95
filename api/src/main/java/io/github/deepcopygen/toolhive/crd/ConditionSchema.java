package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/**
 * The schema of a Kubernetes condition ({@code metav1.Condition}) as the CRD states it, with the
 * constraints Kubernetes' own markers put on it, for the {@code conditions} lists of the statuses:
 * fabric8's {@code Condition} class carries none. Only the CRD generator reads it
 * ({@code @SchemaFrom(type = ConditionSchema[].class)}); no object of it is ever made.
 */
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.crd.ConditionSchema")
@JsonClassDescription("One aspect of the resource's current state.")
public final class ConditionSchema {
  @Required
  @Size(max = 316)
  @Pattern(
      "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$")
  @JsonPropertyDescription(
      "What the condition is about, in CamelCase, optionally qualified by a domain"
          + " (example.com/CamelCase).")
  @JsonProperty("type")
  String type;

  @Required
  @CrdMarkers(enumValues = {"True", "False", "Unknown"})
  @JsonPropertyDescription("Whether the condition holds: True, False or Unknown.")
  @JsonProperty("status")
  String status;

  @Min(0)
  @CrdMarkers(format = "int64")
  @JsonPropertyDescription(
      "The metadata.generation the condition was computed from; lower than the current"
          + " generation means the condition is out of date.")
  @JsonProperty("observedGeneration")
  Long observedGeneration;

  @Required
  @CrdMarkers(format = "date-time")
  @JsonPropertyDescription(
      "When the condition last changed from one status to another; when that is not known,"
          + " when the field changed.")
  @JsonProperty("lastTransitionTime")
  String lastTransitionTime;

  @Required
  @Size(min = 1, max = 1024)
  @Pattern("^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$")
  @JsonPropertyDescription(
      "A CamelCase identifier of why the condition last changed, for programs to match on;"
          + " never empty.")
  @JsonProperty("reason")
  String reason;

  @Required
  @Size(max = 32768)
  @JsonPropertyDescription("Details of the last transition for people to read; may be empty.")
  @JsonProperty("message")
  String message;

  private ConditionSchema() {}
}

package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
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
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.crd.ConditionSchema")
public final class ConditionSchema {
  @Required
  @Size(max = 316)
  @Pattern("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$")
  @JsonProperty("type")
  String type;

  @Required
  @CrdMarkers(enumValues = {"True", "False", "Unknown"})
  @JsonProperty("status")
  String status;

  @Min(0)
  @CrdMarkers(format = "int64")
  @JsonProperty("observedGeneration")
  Long observedGeneration;

  @Required
  @CrdMarkers(format = "date-time")
  @JsonProperty("lastTransitionTime")
  String lastTransitionTime;

  @Required
  @Size(min = 1, max = 1024)
  @Pattern("^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$")
  @JsonProperty("reason")
  String reason;

  @Required
  @Size(max = 32768)
  @JsonProperty("message")
  String message;

  private ConditionSchema() {}
}

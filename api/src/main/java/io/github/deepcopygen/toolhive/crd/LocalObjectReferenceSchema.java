package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;

/**
 * The schema of a Kubernetes {@code LocalObjectReference} as the CRD states it: an atomic object
 * whose {@code name} defaults to the empty string, as Kubernetes' own markers say; fabric8's class
 * carries neither. Only the CRD generator reads it ({@code @SchemaFrom(type =
 * LocalObjectReferenceSchema[].class)}).
 */
@CrdMarkers(mapType = "atomic")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.crd.LocalObjectReferenceSchema")
@JsonClassDescription("The name of an object in the same namespace.")
public final class LocalObjectReferenceSchema {
  @Default("\"\"")
  @JsonPropertyDescription(
      "The name of the object referred to, in the same namespace; only an empty name is"
          + " allowed for old clients' sake, and is almost always a mistake.")
  @JsonProperty("name")
  String name;

  private LocalObjectReferenceSchema() {}
}

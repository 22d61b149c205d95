package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;

/**
 * The schema of a Kubernetes {@code LocalObjectReference} as the CRD states it: an atomic object whose
 * {@code name} defaults to the empty string, as Kubernetes' own markers say; fabric8's class carries
 * neither. Only the CRD generator reads it ({@code @SchemaFrom(type = LocalObjectReferenceSchema[].class)}).
 */
@CrdMarkers(mapType = "atomic")
@SchemaCustomizer(value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.crd.LocalObjectReferenceSchema")
public final class LocalObjectReferenceSchema {
  @Default("\"\"")
  @JsonProperty("name")
  String name;

  private LocalObjectReferenceSchema() {}
}

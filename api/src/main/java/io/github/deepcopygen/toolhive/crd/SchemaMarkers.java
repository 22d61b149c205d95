package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one schema customizer of the api: it writes the {@link CrdMarkers} of every field of the class named
 * in its input into that field's property, and those of the class into its own schema. Only fabric8's CRD generator loads it, at build time. A marked
 * field without a property in the schema fails the build rather than leave the CRD quietly short.
 */
public final class SchemaMarkers implements SchemaCustomizer.Customizer {
  @Override
  public JSONSchemaProps apply(JSONSchemaProps schema, String input, KubernetesSerialization serialization) {
    Class<?> type;
    try {
      type = Class.forName(input.strip(), false, SchemaMarkers.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("@SchemaCustomizer(SchemaMarkers.class): no class " + input, e);
    }
    CrdMarkers own = type.getAnnotation(CrdMarkers.class);
    if (own != null) {
      apply(own, schema);
    }
    for (Field field : type.getDeclaredFields()) {
      CrdMarkers markers = field.getAnnotation(CrdMarkers.class);
      if (markers == null) {
        continue;
      }
      JsonProperty json = field.getAnnotation(JsonProperty.class);
      String name = json != null && !json.value().isEmpty() ? json.value() : field.getName();
      JSONSchemaProps property = schema.getProperties() == null ? null : schema.getProperties().get(name);
      if (property == null) {
        throw new IllegalArgumentException(type.getName() + "." + field.getName() + " is marked @CrdMarkers,"
            + " but the schema has no property " + name);
      }
      apply(markers, property);
    }
    return schema;
  }

  /** The markers of one field, on its property's schema. */
  static void apply(CrdMarkers markers, JSONSchemaProps property) {
    if (!markers.format().isEmpty()) {
      property.setFormat(markers.format());
    }
    if (markers.enumValues().length > 0) {
      List<JsonNode> values = new ArrayList<>();
      Arrays.stream(markers.enumValues()).forEach(value -> values.add(TextNode.valueOf(value)));
      property.setEnum(values);
    }
    if (!markers.listType().isEmpty()) {
      property.setXKubernetesListType(markers.listType());
    }
    if (markers.listMapKeys().length > 0) {
      property.setXKubernetesListMapKeys(List.of(markers.listMapKeys()));
    }
    if (markers.freeFormObject()) {
      property.setType("object");
      property.setXKubernetesPreserveUnknownFields(true);
      property.setXKubernetesEmbeddedResource(null);
      property.setProperties(null);
    }
    if (!markers.mapType().isEmpty()) {
      property.setXKubernetesMapType(markers.mapType());
    }
    if (markers.minItems() >= 0) {
      property.setMinItems(markers.minItems());
    }
    if (markers.maxItems() >= 0) {
      property.setMaxItems(markers.maxItems());
    }
    if (markers.maxProperties() >= 0) {
      property.setMaxProperties(markers.maxProperties());
    }
  }
}

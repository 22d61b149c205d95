package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one schema customizer of the api: it writes the {@link CrdMarkers} of every field of the
 * class named in its input into that field's property, and those of the class into its own schema;
 * and it describes the items of its lists and the values of its maps by their classes'
 * {@code @JsonClassDescription}. Only fabric8's CRD generator loads it, at build time. A marked
 * field without a property in the schema fails the build rather than leave the CRD quietly short.
 */
public final class SchemaMarkers implements SchemaCustomizer.Customizer {
  @Override
  public JSONSchemaProps apply(
      JSONSchemaProps schema, String input, KubernetesSerialization serialization) {
    Class<?> type;
    try {
      type = Class.forName(input.strip(), false, SchemaMarkers.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "@SchemaCustomizer(SchemaMarkers.class): no class " + input, e);
    }
    CrdMarkers own = type.getAnnotation(CrdMarkers.class);
    if (own != null) {
      apply(own, schema);
    }
    for (Field field : type.getDeclaredFields()) {
      JsonProperty json = field.getAnnotation(JsonProperty.class);
      String name = json != null && !json.value().isEmpty() ? json.value() : field.getName();
      JSONSchemaProps property =
          schema.getProperties() == null ? null : schema.getProperties().get(name);
      CrdMarkers markers = field.getAnnotation(CrdMarkers.class);
      if (markers != null) {
        if (property == null) {
          throw new IllegalArgumentException(
              type.getName()
                  + "."
                  + field.getName()
                  + " is marked"
                  + " @CrdMarkers, but the schema has no property "
                  + name);
        }
        apply(markers, property);
      }
      if (property != null) {
        describeElements(field, property);
      }
    }
    return schema;
  }

  /**
   * The schema of a list's items, or of a map's values, described as controller-gen describes them:
   * by the element class's own description ({@code @JsonClassDescription}), which fabric8 leaves
   * out.
   */
  private static void describeElements(Field field, JSONSchemaProps property) {
    SchemaFrom from = field.getAnnotation(SchemaFrom.class);
    Class<?> element =
        from != null && from.type().isArray()
            ? from.type().getComponentType()
            : elementOf(field.getGenericType());
    JsonClassDescription description =
        element == null ? null : element.getAnnotation(JsonClassDescription.class);
    if (description == null) {
      return;
    }
    JSONSchemaProps elements =
        property.getItems() != null
            ? property.getItems().getSchema()
            : property.getAdditionalProperties() != null
                ? property.getAdditionalProperties().getSchema()
                : null;
    if (elements != null && elements.getDescription() == null) {
      elements.setDescription(description.value());
    }
  }

  /** {@code X} of a {@code List<X>} or a {@code Map<String, X>}; null for anything else. */
  private static Class<?> elementOf(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw
        && (List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return arguments[arguments.length - 1] instanceof Class<?> element ? element : null;
    }
    return null;
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
      property.setAdditionalProperties(null);
    }
    if (markers.anyJson()) {
      property.setType(null);
      property.setXKubernetesPreserveUnknownFields(true);
      property.setProperties(null);
      property.setAdditionalProperties(null);
    }
    if (!markers.valuesPattern().isEmpty()
        && property.getAdditionalProperties() != null
        && property.getAdditionalProperties().getSchema() != null) {
      property.getAdditionalProperties().getSchema().setPattern(markers.valuesPattern());
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

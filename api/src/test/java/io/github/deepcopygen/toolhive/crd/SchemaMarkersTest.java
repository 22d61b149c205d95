package io.github.deepcopygen.toolhive.crd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaMarkers} writes each {@link CrdMarkers} attribute, and refuses a marked field the
 * schema lacks.
 */
class SchemaMarkersTest {
  static final class Marked {
    @CrdMarkers(format = "int32")
    @JsonProperty("port")
    int port;

    @CrdMarkers(enumValues = {"stdio", "sse"})
    String transport;

    @CrdMarkers(
        listType = "map",
        listMapKeys = {"name"},
        minItems = 1,
        maxItems = 3)
    @JsonProperty("env")
    List<String> env;

    @CrdMarkers(freeFormObject = true, maxProperties = 5)
    @JsonProperty("podTemplateSpec")
    Object podTemplateSpec;
  }

  @CrdMarkers(mapType = "atomic")
  static final class Atomic {}

  static final class Unmatched {
    @CrdMarkers(format = "int32")
    @JsonProperty("missing")
    int missing;
  }

  @Test
  void everyMarkerReachesItsProperty() {
    JSONSchemaProps schema = schemaWith("port", "transport", "env", "podTemplateSpec");
    schema.getProperties().get("podTemplateSpec").setXKubernetesEmbeddedResource(true);
    new SchemaMarkers().apply(schema, Marked.class.getName(), new KubernetesSerialization());
    Map<String, JSONSchemaProps> properties = schema.getProperties();
    assertThat(properties.get("port").getFormat()).isEqualTo("int32");
    assertThat(properties.get("transport").getEnum())
        .containsExactly(TextNode.valueOf("stdio"), TextNode.valueOf("sse"))
        .inOrder();
    assertThat(properties.get("env").getXKubernetesListType()).isEqualTo("map");
    assertThat(properties.get("env").getXKubernetesListMapKeys()).containsExactly("name");
    assertThat(properties.get("env").getMinItems()).isEqualTo(1L);
    assertThat(properties.get("env").getMaxItems()).isEqualTo(3L);
    JSONSchemaProps free = properties.get("podTemplateSpec");
    assertThat(free.getType()).isEqualTo("object");
    assertThat(free.getXKubernetesPreserveUnknownFields()).isTrue();
    assertThat(free.getXKubernetesEmbeddedResource()).isNull();
    assertThat(free.getMaxProperties()).isEqualTo(5L);
  }

  @Test
  void theClassesOwnMarkersReachItsSchema() {
    JSONSchemaProps schema = schemaWith();
    new SchemaMarkers().apply(schema, Atomic.class.getName(), new KubernetesSerialization());
    assertThat(schema.getXKubernetesMapType()).isEqualTo("atomic");
  }

  @Test
  void aMarkedFieldWithoutAPropertyFailsTheBuild() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SchemaMarkers()
                    .apply(
                        schemaWith("port"),
                        Unmatched.class.getName(),
                        new KubernetesSerialization()));
    assertThat(e).hasMessageThat().contains("has no property missing");
  }

  @Test
  void anUnknownClassFailsTheBuild() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SchemaMarkers().apply(schemaWith(), "no.such.Type", new KubernetesSerialization()));
  }

  private static JSONSchemaProps schemaWith(String... names) {
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    for (String name : names) {
      JSONSchemaProps property = new JSONSchemaProps();
      property.setType("string");
      properties.put(name, property);
    }
    JSONSchemaProps schema = new JSONSchemaProps();
    schema.setType("object");
    schema.setProperties(properties);
    return schema;
  }
}

package io.github.deepcopygen.toolhive.crd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import org.junit.jupiter.api.Test;

/** The customizer fails the CRD build on a name that is not an integer property, rather than skip it. */
class Int32FieldsTest {
  private static JSONSchemaProps schema() {
    return new JSONSchemaPropsBuilder()
        .withType("object")
        .addToProperties("replicas", new JSONSchemaPropsBuilder().withType("integer").build())
        .addToProperties("address", new JSONSchemaPropsBuilder().withType("string").build())
        .build();
  }

  @Test
  void setsTheFormatOfEachNamedIntegerProperty() {
    JSONSchemaProps schema = new Int32Fields().apply(schema(), "replicas", null);
    assertThat(schema.getProperties().get("replicas").getFormat()).isEqualTo("int32");
    assertThat(schema.getProperties().get("address").getFormat()).isNull();
  }

  @Test
  void aMisspelledNameFailsTheBuild() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Int32Fields().apply(schema(), "replica", null));
    assertThat(e).hasMessageThat().contains("'replica' is not an integer property");
  }

  @Test
  void aStringPropertyFailsTheBuild() {
    assertThrows(IllegalArgumentException.class, () -> new Int32Fields().apply(schema(), "replicas, address", null));
  }
}

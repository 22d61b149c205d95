package io.github.deepcopygen.toolhive.crd;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated CRDs carry upstream's kubebuilder markers for horizontal scaling: what the Go
 * operator's {@code task operator-manifests} writes, checked on the YAML that fabric8's generator
 * wrote at build time.
 */
class CrdManifestTest {

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  /** An int32 with minimum 0, as controller-gen writes {@code *int32} with {@code Minimum=0}. */
  private static void assertNonNegativeInt32(String crd, JsonNode property, String name) {
    assertWithMessage("%s: %s", crd, name).that(property.isMissingNode()).isFalse();
    assertWithMessage("%s: %s type", crd, name)
        .that(property.path("type").asText())
        .isEqualTo("integer");
    assertWithMessage("%s: %s format", crd, name)
        .that(property.path("format").asText())
        .isEqualTo("int32");
    assertWithMessage("%s: %s minimum", crd, name)
        .that(property.path("minimum").isNumber())
        .isTrue();
    assertWithMessage("%s: %s minimum", crd, name)
        .that(property.path("minimum").asDouble())
        .isEqualTo(0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void namesAGroupVersionAndNamespacedScope(String crd) {
    JsonNode spec = Crds.manifest(crd).path("spec");
    assertThat(Crds.manifest(crd).path("kind").asText()).isEqualTo("CustomResourceDefinition");
    assertThat(spec.path("group").asText()).isEqualTo("toolhive.stacklok.dev");
    assertThat(spec.path("scope").asText()).isEqualTo("Namespaced");
    assertThat(crd).startsWith(spec.path("names").path("plural").asText() + ".");
    // @Plural and @Singular on the classes say what fabric8 would otherwise derive from their
    // names.
    String kind = spec.path("names").path("kind").asText();
    assertThat(kind).isAnyOf("MCPServer", "VirtualMCPServer");
    assertThat(spec.path("names").path("singular").asText())
        .isEqualTo(kind.toLowerCase(java.util.Locale.ROOT));
    assertThat(spec.path("names").path("plural").asText())
        .isEqualTo(kind.toLowerCase(java.util.Locale.ROOT) + "s");
  }

  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void sessionStorageProviderIsARequiredEnumOfMemoryAndRedis(String crd) {
    JsonNode storage = Crds.sessionStorage(crd);
    assertThat(storage.path("type").asText()).isEqualTo("object");
    assertThat(texts(storage.path("properties").path("provider").path("enum")))
        .containsExactly("memory", "redis")
        .inOrder();
    assertThat(texts(storage.path("required"))).containsExactly("provider");
  }

  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void sessionStorageAddressIsNotEmpty(String crd) {
    JsonNode address = Crds.sessionStorage(crd).path("properties").path("address");
    assertThat(address.path("type").asText()).isEqualTo("string");
    assertThat(address.path("minLength").isIntegralNumber()).isTrue();
    assertThat(address.path("minLength").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void sessionStorageDbDefaultsToZeroAndIsAtLeastZero(String crd) {
    JsonNode db = Crds.sessionStorage(crd).path("properties").path("db");
    assertNonNegativeInt32(crd, db, "db");
    assertThat(db.path("default").isIntegralNumber()).isTrue();
    assertThat(db.path("default").asInt()).isEqualTo(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void sessionStoragePasswordRefRequiresNameAndKey(String crd) {
    JsonNode passwordRef = Crds.sessionStorage(crd).path("properties").path("passwordRef");
    assertThat(passwordRef.path("type").asText()).isEqualTo("object");
    assertThat(texts(passwordRef.path("required"))).containsExactly("name", "key");
    assertThat(passwordRef.path("properties").path("name").path("type").asText())
        .isEqualTo("string");
    assertThat(passwordRef.path("properties").path("key").path("type").asText())
        .isEqualTo("string");
  }

  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void sessionStorageCarriesTheCelRuleWithItsMessage(String crd) {
    JsonNode validations = Crds.sessionStorage(crd).path("x-kubernetes-validations");
    assertThat(validations.size()).isEqualTo(1);
    assertThat(validations.get(0).path("rule").asText())
        .isEqualTo("self.provider == 'redis' ? has(self.address) : true");
    assertThat(validations.get(0).path("message").asText()).isEqualTo("address is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void replicasIsANonNegativeInt32(String crd) {
    assertNonNegativeInt32(
        crd, Crds.specSchema(crd).path("properties").path("replicas"), "replicas");
  }

  /**
   * Upstream gives backendReplicas to MCPServer only: a virtual server has no backend of its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {Crds.MCP_SERVER, Crds.VIRTUAL_MCP_SERVER})
  void backendReplicasIsANonNegativeInt32OnMcpServerOnly(String crd) {
    JsonNode backendReplicas = Crds.specSchema(crd).path("properties").path("backendReplicas");
    if (crd.equals(Crds.MCP_SERVER)) {
      assertNonNegativeInt32(crd, backendReplicas, "backendReplicas");
    } else {
      assertThat(backendReplicas.isMissingNode()).isTrue();
    }
  }
}

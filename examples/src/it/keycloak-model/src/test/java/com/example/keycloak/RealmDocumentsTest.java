package com.example.keycloak;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.deepcopygen.testing.DocumentChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Every realm export of Keycloak's quickstarts, read by Keycloak's own mapper, copied and judged by
 * its JSON. A protocol mapper's deprecated consent settings are the exception, and the only one
 * these documents meet: keycloak-core keeps them in private fields behind getters alone, which
 * Jackson writes by reflection and a copy cannot (package-info.java acknowledges them), so the
 * JSON is compared without them.
 */
class RealmDocumentsTest {
  private static final DocumentChecks CHECKS =
      DocumentChecks.of(RealmDocumentsTest::json, "com.example.keycloak");

  static List<Path> documents() throws IOException {
    try (Stream<Path> listed = Files.list(Path.of("src/test/resources/realms"))) {
      return listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everyDocumentIsThere() throws IOException {
    assertTrue(documents().size() >= 8, "documents: " + documents());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void copiesExactly(Path document) throws Exception {
    CHECKS.copiesExactly(
        document.getFileName().toString(), read(document), read(documents().get(0)));
  }

  private static RealmRepresentation read(Path document) throws IOException {
    return JsonSerialization.readValue(Files.readString(document), RealmRepresentation.class);
  }

  private static final Set<String> UNWRITABLE = Set.of("consentRequired", "consentText");

  private static String json(Object value) {
    JsonNode tree = JsonSerialization.mapper.valueToTree(value);
    withoutUnwritable(tree);
    return tree.toString();
  }

  private static void withoutUnwritable(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(UNWRITABLE);
    }
    node.forEach(RealmDocumentsTest::withoutUnwritable);
  }
}

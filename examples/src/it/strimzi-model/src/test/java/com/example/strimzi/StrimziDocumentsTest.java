package com.example.strimzi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.deepcopygen.testing.DocumentChecks;
import io.strimzi.api.kafka.model.connect.KafkaConnect;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Strimzi example document of the five kinds, copied and judged against its JSON. */
class StrimziDocumentsTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Map<String, Class<?>> KINDS =
      Map.of(
          "Kafka", Kafka.class,
          "KafkaTopic", KafkaTopic.class,
          "KafkaUser", KafkaUser.class,
          "KafkaConnect", KafkaConnect.class,
          "KafkaNodePool", KafkaNodePool.class);
  private static final DocumentChecks CHECKS =
      DocumentChecks.of(StrimziDocumentsTest::json, "com.example.strimzi");

  static List<Arguments> documents() throws IOException {
    List<Arguments> documents = new ArrayList<>();
    Map<String, Object> firstOfKind = new HashMap<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("src/test/resources/strimzi"))) {
      files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    YAMLMapper yaml = new YAMLMapper();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        int index = 0;
        for (JsonNode node : yaml.readValues(new YAMLFactory().createParser(in), JsonNode.class).readAll()) {
          index++;
          Class<?> kind = KINDS.get(node.path("kind").asText());
          if (kind == null) {
            continue;
          }
          String name = file.getFileName() + "#" + index + " (" + kind.getSimpleName() + ")";
          // deepCopyInto goes over the first document of the same kind, read afresh.
          JsonNode other = (JsonNode) firstOfKind.computeIfAbsent(kind.getSimpleName(), k -> node);
          documents.add(Arguments.of(name, kind, node, other));
        }
      }
    }
    return documents;
  }

  @Test
  void everyKindHasDocuments() throws IOException {
    List<Arguments> all = documents();
    for (String kind : KINDS.keySet()) {
      assertTrue(
          all.stream().anyMatch(a -> ((Class<?>) a.get()[1]).getSimpleName().equals(kind)), kind);
    }
    assertTrue(all.size() >= 60, "documents: " + all.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void copiesExactly(String name, Class<?> kind, JsonNode document, JsonNode other)
      throws Exception {
    Object original = JSON.treeToValue(document, kind);
    // Whatever the model does not know goes into its additional properties, and copies too.
    assertEquals(JSON.readTree(json(original)), JSON.readTree(json(JSON.treeToValue(document, kind))));
    CHECKS.copiesExactly(name, original, JSON.treeToValue(other, kind));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

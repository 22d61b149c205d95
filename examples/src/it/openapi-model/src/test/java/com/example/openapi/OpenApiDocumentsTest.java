package com.example.openapi;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.deepcopygen.testing.DocumentChecks;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every OpenAPI example description, read by swagger's parser, copied and judged by its JSON. */
class OpenApiDocumentsTest {
  private static final DocumentChecks CHECKS =
      DocumentChecks.of(OpenApiDocumentsTest::json, "com.example.openapi");

  static List<Path> documents() throws IOException {
    try (Stream<Path> listed = Files.list(Path.of("src/test/resources/openapi"))) {
      return listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyDocumentIsThere() throws IOException {
    assertTrue(documents().size() >= 6, "documents: " + documents());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void copiesExactly(Path document) throws Exception {
    OpenAPI original = read(document);
    CHECKS.copiesExactly(document.getFileName().toString(), original, read(documents().get(0)));
  }

  private static OpenAPI read(Path document) throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI read =
        new OpenAPIV3Parser().readContents(Files.readString(document), null, options).getOpenAPI();
    assertNotNull(read, document.toString());
    return read;
  }

  private static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

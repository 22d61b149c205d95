package io.github.deepcopygen.toolhive.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code MCPServer} and {@code VirtualMCPServer} documents of upstream's examples (test data
 * under {@code upstream/examples}, see its ORIGIN.md), each with the file and position it comes
 * from.
 */
final class UpstreamDocuments {
  /** One document: where it is, its kind and name, and its JSON tree as upstream wrote it. */
  record Document(String file, int index, String kind, String name, JsonNode tree) {
    @Override
    public String toString() {
      return file + "#" + index + " " + kind + "/" + name;
    }
  }

  private UpstreamDocuments() {}

  static List<Document> ofKind(String kind) {
    List<Document> documents = new ArrayList<>();
    for (Path file : files()) {
      int index = 0;
      try (InputStream in = Files.newInputStream(file);
          MappingIterator<JsonNode> trees =
              new YAMLMapper().readerFor(JsonNode.class).readValues(in)) {
        while (trees.hasNext()) {
          JsonNode tree = trees.next();
          if (tree != null && kind.equals(tree.path("kind").asText())) {
            documents.add(
                new Document(
                    file.getFileName().toString(),
                    index,
                    kind,
                    tree.path("metadata").path("name").asText(),
                    tree));
          }
          index++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file.toString(), e);
      }
    }
    return documents;
  }

  private static List<Path> files() {
    try (Stream<Path> listing =
        Files.list(
            Paths.get(
                UpstreamDocuments.class
                    .getClassLoader()
                    .getResource("upstream/examples")
                    .toURI()))) {
      return listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

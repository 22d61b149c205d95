package io.github.deepcopygen.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processor's test inputs and golden files under src/test/resources, read from the source tree.
 */
public final class TestResources {
  private TestResources() {}

  static Path root() {
    String configured = System.getProperty("deepcopy.testResources");
    return configured != null && !configured.isEmpty()
        ? Paths.get(configured)
        : Paths.get("src", "test", "resources");
  }

  /** The simple names (without .java) of the files directly in {@code folder}, sorted. */
  static List<String> caseNames(String folder) {
    try (Stream<Path> files = Files.list(root().resolve(folder))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - ".java".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path path(String relative) {
    return root().resolve(relative);
  }

  public static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The .java files under {@code folder}, at any depth, sorted. */
  public static List<Path> filesUnder(String folder) {
    try (Stream<Path> files = Files.walk(path(folder))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

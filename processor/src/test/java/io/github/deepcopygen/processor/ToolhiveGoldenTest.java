package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The copiers of the ToolHive types that matter most for horizontal scaling, generated from the api
 * module's own sources and compared with golden files as exact text.
 */
class ToolhiveGoldenTest {
  private static Map<String, String> generated;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SessionStorageConfigDeepCopy", "MCPServerSpecDeepCopy", "VirtualMCPServerSpecDeepCopy"})
  void toolhiveCopiersMatchGoldenFiles(String copier) {
    GoldenFiles.assertMatches(
        "expected/toolhive/" + copier + ".java", generated().get(copier + ".java"));
  }

  private static synchronized Map<String, String> generated() {
    if (generated == null) {
      Compilation compilation =
          Compiler.javac()
              .withProcessors(new DeepCopyProcessor())
              // -processing: nobody claims Jackson's annotations, which is not our business here.
              .withOptions("-Xlint:all,-processing", "-Werror", "--release", "17")
              .compile(apiSources());
      assertWithMessage("diagnostics: %s", compilation.diagnostics())
          .that(compilation.status())
          .isEqualTo(Compilation.Status.SUCCESS);
      generated = Compilations.generatedSources(compilation);
    }
    return generated;
  }

  private static List<JavaFileObject> apiSources() {
    String configured = System.getProperty("deepcopy.apiSources");
    Path root =
        configured != null && !configured.isEmpty()
            ? Paths.get(configured)
            : Paths.get("..", "api", "src", "main", "java");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .map(ToolhiveGoldenTest::source)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject source(Path path) {
    try {
      return JavaFileObjects.forResource(path.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}

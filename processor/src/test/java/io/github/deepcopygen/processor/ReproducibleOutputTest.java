package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same sources give the same bytes: compiled twice, in the opposite file order, and by the
 * other compiler. Build caches and reproducible builds depend on it, and so does a readable diff.
 */
class ReproducibleOutputTest {

  @Test
  void theWholeApiGivesByteIdenticalCopiersAcrossRunsFileOrderAndCompilers() {
    List<Path> sources = apiSources();
    List<Path> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);

    Map<String, String> first = generated(TestCompiler.JAVAC, sources);
    assertThat(first.size()).isAtLeast(50);
    assertThat(generated(TestCompiler.JAVAC, sources)).isEqualTo(first);
    assertThat(generated(TestCompiler.JAVAC, reversed)).isEqualTo(first);
    assertThat(generated(TestCompiler.ECJ, sources)).isEqualTo(first);
    assertThat(generated(TestCompiler.ECJ, reversed)).isEqualTo(first);
  }

  private static Map<String, String> generated(TestCompiler compiler, List<Path> sources) {
    Compiled compiled = compiler.compile(new DeepCopyProcessor(), sources, List.of());
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    return compiled.generated();
  }

  static List<Path> apiSources() {
    String configured = System.getProperty("deepcopy.apiSources");
    Path root =
        configured != null && !configured.isEmpty()
            ? Paths.get(configured)
            : Paths.get("..", "api", "src", "main", "java");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.deepcopygen.processor.shapes;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.DeepCopyProcessor;
import io.github.deepcopygen.processor.ExpectedErrors;
import io.github.deepcopygen.processor.GraphSharingTally;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import io.github.deepcopygen.testing.CopyChecks;
import io.github.deepcopygen.testing.GraphChecks;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random {@code @DeepCopy} declarations from {@link ShapeGenerator}, one per seed, each compiled
 * with javac and with ECJ: a valid shape must compile without a warning to the same copiers on
 * both, and its copiers must pass the behaviour checks, a graph shape's also the graph checks (most
 * graph shapes must share); an invalid one must get exactly the errors its lines announce, on both.
 * {@code -Ddeepcopy.shapes=N} runs N shapes (300 by default), from {@code -Ddeepcopy.shapeSeed=S}
 * on (0 by default); a failing seed's source is printed, to become a case.
 */
class RandomShapesTest {
  private static final GraphSharingTally SHARING = new GraphSharingTally();

  @TempDir Path folder;

  @AfterAll
  static void mostGraphShapesShared() {
    SHARING.assertMostShared();
  }

  static LongStream seeds() {
    long first = Long.getLong("deepcopy.shapeSeed", 0L);
    return LongStream.range(first, first + Long.getLong("deepcopy.shapes", 300L));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void copiesEveryShapeOrReportsEveryBadField(long seed) throws Exception {
    ShapeGenerator.Shape shape = ShapeGenerator.generate(seed);
    Path source = Files.createDirectories(folder.resolve("shapes")).resolve("Root.java");
    Files.writeString(source, shape.source(), StandardCharsets.UTF_8);
    Compiled javac = TestCompiler.JAVAC.compileStrict(new DeepCopyProcessor(), List.of(source));
    Compiled ecj = TestCompiler.ECJ.compileStrict(new DeepCopyProcessor(), List.of(source));
    try {
      check(shape, source, javac, ecj);
    } finally {
      javac.deleteOutput();
      ecj.deleteOutput();
    }
  }

  private void check(ShapeGenerator.Shape shape, Path source, Compiled javac, Compiled ecj)
      throws Exception {
    String context = "seed " + shape.seed() + "\n" + numbered(shape.source());
    if (shape.errors() > 0) {
      assertExpectedErrors(javac, source, context);
      assertExpectedErrors(ecj, source, context);
      return;
    }
    assertWithMessage("%s\n%s", javac, context).that(javac.diagnostics()).isEmpty();
    assertWithMessage("%s\n%s", ecj, context).that(ecj.diagnostics()).isEmpty();
    assertWithMessage("same copiers on both compilers\n%s", context)
        .that(ecj.generated())
        .isEqualTo(javac.generated());
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {javac.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> root = loader.loadClass("shapes.Root");
      try {
        CopyChecks.of(root).sharing(shape.shared().toArray(String[]::new)).all();
        if (shape.graph()) {
          SHARING.add(
              GraphChecks.of(root)
                  .sharing(shape.shared().toArray(String[]::new))
                  .mayShareNothing()
                  .all());
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(context, e);
      }
    }
  }

  private static void assertExpectedErrors(Compiled compiled, Path source, String context) {
    ExpectedErrors.in(List.of(source)).assertReportedBy(compiled, context);
    assertThat(compiled.generated()).doesNotContainKey("shapes/RootDeepCopy.java");
  }

  private static String numbered(String source) {
    StringBuilder out = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format("%3d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }
}

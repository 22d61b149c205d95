package io.github.deepcopygen.processor.lombok;

import static com.google.common.truth.Truth.assertWithMessage;

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
 * Random Lombok models from {@link LombokShapeGenerator}, one per seed, compiled by javac with
 * Lombok before and after deepcopy-gen under {@code -Xlint:all -Werror}: both orders must succeed
 * without a word and write the same copiers, and those copiers must pass the behaviour checks, a
 * graph shape's also the graph checks. {@code -Ddeepcopy.lombokShapes=N} runs N shapes (60 by
 * default), from {@code -Ddeepcopy.shapeSeed=S} on.
 */
class RandomLombokShapesTest {
  private static final GraphSharingTally SHARING = new GraphSharingTally();

  @TempDir Path folder;

  @AfterAll
  static void mostGraphShapesShared() {
    SHARING.assertMostShared();
  }

  static LongStream seeds() {
    long first = Long.getLong("deepcopy.shapeSeed", 0L);
    return LongStream.range(first, first + Long.getLong("deepcopy.lombokShapes", 60L));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void copiesEveryLombokShapeTheSameInEitherOrder(long seed) throws Exception {
    LombokShapeGenerator.Shape shape = LombokShapeGenerator.generate(seed);
    String source = shape.source();
    Path file = Files.createDirectories(folder.resolve("lombokshapes")).resolve("Root.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    Compiled first = compile(file, LombokTest.Order.LOMBOK_FIRST);
    Compiled last = compile(file, LombokTest.Order.DEEPCOPY_FIRST);
    try {
      String context = "seed " + seed + "\n" + source;
      for (Compiled compiled : List.of(first, last)) {
        assertWithMessage("%s\n%s", compiled, context).that(compiled.success()).isTrue();
        assertWithMessage("%s\n%s", compiled, context).that(compiled.diagnostics()).isEmpty();
      }
      assertWithMessage("the same copiers in either order\n%s", context)
          .that(last.generated())
          .isEqualTo(first.generated());
      try (URLClassLoader loader =
          new URLClassLoader(
              new URL[] {last.classes().toUri().toURL()}, getClass().getClassLoader())) {
        try {
          Class<?> root = loader.loadClass("lombokshapes.Root");
          CopyChecks.of(root).all();
          if (shape.graph()) {
            SHARING.add(GraphChecks.of(root).mayShareNothing().all());
          }
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError(context, e);
        }
      }
    } finally {
      first.deleteOutput();
      last.deleteOutput();
    }
  }

  private static Compiled compile(Path file, LombokTest.Order order)
      throws ReflectiveOperationException {
    return TestCompiler.JAVAC.compileStrict(
        LombokTest.processors(order), List.of(file), "-Xlint:all", "-Werror");
  }
}

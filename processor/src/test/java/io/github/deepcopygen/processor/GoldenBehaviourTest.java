package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import io.github.deepcopygen.testing.Copiers;
import io.github.deepcopygen.testing.CopyChecks;
import io.github.deepcopygen.testing.GraphChecks;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case's copiers, compiled by javac and by ECJ and run: the behaviour checks of the
 * testing module (random graphs, nothing mutable shared, the copy unchanged when the original
 * changes, deepCopyInto over a filled object) on the case's top-level class, which reaches every
 * type the case declares. A case names the fields it shares on purpose in a comment: {@code //
 * behaviour: sharing Owner.field}. A graph type's case also gets the graph checks, on random graphs
 * with shared nodes and cycles.
 */
class GoldenBehaviourTest {
  private static final Pattern SHARING =
      Pattern.compile("// behaviour: sharing ([\\w.]+(?:, [\\w.]+)*)");

  /**
   * Both compilers: the sources they write are the same (GoldenTest), their class files are their
   * own.
   */
  static Stream<Arguments> casesOnEachCompiler() {
    return GoldenTest.casesOnEachCompiler();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("casesOnEachCompiler")
  void generatedCopiersCopyDeeply(TestCompiler compiler, String name) throws Exception {
    Compiled compiled = GoldenTest.compile(compiler, name);
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass(packageOf(name) + "." + name);
      CopyChecks.of(type).sharing(sharedFields(name)).all();
      if (Copiers.hasDeepCopyGraph(type)) {
        GraphChecks.of(type).sharing(sharedFields(name)).all();
      }
    }
  }

  /**
   * The case's package: golden, or a package of its own when it needs its own package-info.java.
   */
  private static String packageOf(String name) {
    Matcher matcher =
        Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE)
            .matcher(TestResources.read(TestResources.path("good/" + name + ".java")));
    return matcher.find() ? matcher.group(1) : "golden";
  }

  private static String[] sharedFields(String name) {
    List<String> fields = new ArrayList<>();
    Matcher matcher =
        SHARING.matcher(TestResources.read(TestResources.path("good/" + name + ".java")));
    while (matcher.find()) {
      fields.addAll(List.of(matcher.group(1).split(", ")));
    }
    return fields.toArray(String[]::new);
  }
}

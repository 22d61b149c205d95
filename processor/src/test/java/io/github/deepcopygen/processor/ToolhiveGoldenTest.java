package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The copiers of the ToolHive types that matter most for horizontal scaling, generated from the api
 * module's own sources by javac and by ECJ, and compared with one set of golden files as exact
 * text.
 */
class ToolhiveGoldenTest {
  private static final Map<TestCompiler, Map<String, String>> GENERATED =
      new EnumMap<>(TestCompiler.class);

  static Stream<Arguments> copiers() {
    return Stream.of(TestCompiler.values())
        .flatMap(
            compiler ->
                Stream.of(
                        "SessionStorageConfigDeepCopy",
                        "MCPServerSpecDeepCopy",
                        "VirtualMCPServerSpecDeepCopy")
                    .map(copier -> Arguments.of(compiler, copier)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("copiers")
  void toolhiveCopiersMatchGoldenFiles(TestCompiler compiler, String copier) {
    GoldenFiles.assertMatches(
        "expected/toolhive/" + copier + ".java",
        generated(compiler).get("io/github/deepcopygen/toolhive/v1alpha1/" + copier + ".java"));
  }

  private static synchronized Map<String, String> generated(TestCompiler compiler) {
    return GENERATED.computeIfAbsent(
        compiler,
        c -> {
          // javac's -Xlint:processing would object that nobody claims Jackson's annotations: not
          // ours.
          String[] options =
              c == TestCompiler.JAVAC ? new String[] {"-Xlint:-processing"} : new String[0];
          Compiled compiled =
              c.compileStrict(
                  new DeepCopyProcessor(), ReproducibleOutputTest.apiSources(), options);
          assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
          // By path: the vmcp configuration has its own SessionStorageConfig, whose copier shares
          // the name.
          return compiled.generated();
        });
  }
}

package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code good/<Case>.java} compiles without a warning on javac and on ECJ, and every copier it
 * yields equals its golden file: one golden file for both compilers, so their output is
 * byte-identical.
 */
class GoldenTest {
  private static final Set<String> COMPARED = new HashSet<>();

  static List<String> cases() {
    return TestResources.caseNames("good");
  }

  static Stream<Arguments> casesOnEachCompiler() {
    return Stream.of(TestCompiler.values())
        .flatMap(compiler -> cases().stream().map(name -> Arguments.of(compiler, name)));
  }

  /** The case's file, and its own folder, if any, with the types it needs beside it. */
  static List<Path> sources(String name) {
    List<Path> sources = new ArrayList<>();
    sources.add(TestResources.path("good/" + name + ".java"));
    if (TestResources.path("good/" + name).toFile().isDirectory()) {
      sources.addAll(TestResources.filesUnder("good/" + name));
    }
    return sources;
  }

  /**
   * The case compiled strictly. A case whose library is written for Jackson compiles that library
   * in the same compile, where javac's -Xlint:processing would object that no processor claims
   * Jackson's annotations; a real library arrives compiled, and that warning with it never.
   */
  static Compiled compile(TestCompiler compiler, String name) {
    List<Path> sources = sources(name);
    boolean jackson =
        sources.stream()
            .anyMatch(source -> TestResources.read(source).contains("com.fasterxml.jackson"));
    String[] options =
        jackson && compiler == TestCompiler.JAVAC
            ? new String[] {"-Xlint:-processing"}
            : new String[0];
    return compiler.compileStrict(new DeepCopyProcessor(), sources, options);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("casesOnEachCompiler")
  void generatedCopiersMatchGoldenFiles(TestCompiler compiler, String name) {
    Compiled compiled = compile(compiler, name);
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    assertWithMessage("%s", compiled).that(compiled.diagnostics()).isEmpty();
    Map<String, String> generated = compiled.generatedByFileName();
    assertThat(generated).isNotEmpty();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String golden = goldenName(name, file.getKey());
      GoldenFiles.assertMatches("expected/" + golden, file.getValue());
      synchronized (COMPARED) {
        COMPARED.add(golden);
      }
    }
  }

  /**
   * Every including package gets a DeepCopyIndex of that one name: its golden file carries the
   * case's.
   */
  private static String goldenName(String caseName, String fileName) {
    return fileName.equals("DeepCopyIndex.java") ? caseName + "." + fileName : fileName;
  }

  @Test
  void everyCaseHasAGoldenFileForEachCopier() {
    for (String name : cases()) {
      assertThat(TestResources.path("expected/" + name + "DeepCopy.java").toFile().exists())
          .isTrue();
    }
  }

  /** A golden file that no case produces any more is dead weight that nobody reads. */
  @AfterAll
  static void noGoldenFileIsOrphaned() {
    if (COMPARED.size() < cases().size() || GoldenFiles.updating()) {
      return; // a filtered run compares only some cases
    }
    assertThat(TestResources.caseNames("expected").stream().map(n -> n + ".java").toList())
        .containsExactlyElementsIn(COMPARED);
  }
}

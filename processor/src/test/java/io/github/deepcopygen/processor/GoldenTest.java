package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@code good/<Case>.java} compiles cleanly, and every copier it yields equals its golden file. */
class GoldenTest {
  private static final Set<String> COMPARED = new HashSet<>();

  static List<String> cases() {
    return TestResources.caseNames("good");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedCopiersMatchGoldenFiles(String name) {
    // A case's own folder, if any, holds the types it needs beside it (superclasses, referenced types).
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(TestResources.source("good/" + name + ".java"));
    if (TestResources.path("good/" + name).toFile().isDirectory()) {
      sources.addAll(TestResources.sourcesUnder("good/" + name));
    }
    Compilation compilation = Compilations.compile(sources);
    assertWithMessage("diagnostics: %s", compilation.diagnostics())
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    Map<String, String> generated = Compilations.generatedSources(compilation);
    assertThat(generated).isNotEmpty();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      GoldenFiles.assertMatches("expected/" + file.getKey(), file.getValue());
      synchronized (COMPARED) {
        COMPARED.add(file.getKey());
      }
    }
  }

  @Test
  void everyCaseHasAGoldenFileForEachCopier() {
    for (String name : cases()) {
      assertThat(TestResources.path("expected/" + name + "DeepCopy.java").toFile().exists()).isTrue();
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

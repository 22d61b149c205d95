package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import io.github.deepcopygen.processor.analysis.TypeAnalyzer;
import io.github.deepcopygen.processor.diagnostics.Diagnostics;
import io.github.deepcopygen.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every message id has a negative test {@code bad/<Id>.java} whose comments say which errors it must
 * produce; the compile must report exactly those, on those lines, and write no copier for a bad type.
 */
class DiagnosticsTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Message.class)
  void everyMessageHasANegativeTest(Message message) {
    String name = message.id();
    assertWithMessage("bad/%s.java must exist", name)
        .that(TestResources.path("bad/" + name + ".java").toFile().exists())
        .isTrue();
    Compilation compilation = compileBad(name, processorFor(message));
    assertExpectedErrors(name, compilation);
  }

  @Test
  void everyBadFieldOfATypeIsReportedInOneCompile() {
    Compilation compilation = compileBad("EveryBadField", new DeepCopyProcessor());
    assertExpectedErrors("EveryBadField", compilation);
    assertThat(Compilations.generatedFileNames(new DeepCopyProcessor(), badSources("EveryBadField")))
        .doesNotContain("EveryBadFieldDeepCopy.java");
  }

  @Test
  void anInternalErrorSparesTheOtherTypes() {
    Compilation compilation = compileBad("DeepCopyInternalError", processorFor(Message.INTERNAL_ERROR));
    assertThat(
            Compilations.generatedFileNames(
                processorFor(Message.INTERNAL_ERROR), badSources("DeepCopyInternalError")))
        .contains("DeepCopyInternalError_FineDeepCopy.java");
    assertThat(
            Compilations.generatedFileNames(
                processorFor(Message.INTERNAL_ERROR), badSources("DeepCopyInternalError")))
        .doesNotContain("DeepCopyInternalError_BoomDeepCopy.java");
    String text = ourErrors(compilation).get(0).getMessage(Locale.ROOT);
    assertThat(text).contains("IllegalStateException: planted failure");
  }

  @Test
  void messageIdsAreUnique() {
    assertThat(Arrays.stream(Message.values()).map(Message::id).distinct().count())
        .isEqualTo(Message.values().length);
  }

  private static Compilation compileBad(String name, DeepCopyProcessor processor) {
    return Compilations.compile(processor, badSources(name));
  }

  /** The negative case and the support files under bad/other, which compile cleanly on their own. */
  private static List<JavaFileObject> badSources(String name) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(TestResources.source("bad/" + name + ".java"));
    sources.addAll(TestResources.sourcesUnder("bad/other"));
    return sources;
  }

  private static void assertExpectedErrors(String name, Compilation compilation) {
    ExpectedErrors expected =
        ExpectedErrors.in(TestResources.read(TestResources.path("bad/" + name + ".java")));
    assertWithMessage("bad/%s.java announces no error", name).that(expected.errors()).isNotEmpty();
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    List<Diagnostic<? extends JavaFileObject>> actual = ourErrors(compilation);
    assertWithMessage("errors: %s", actual).that(actual).hasSize(expected.errors().size());
    for (ExpectedErrors.Expected error : expected.errors()) {
      boolean found =
          actual.stream()
              .anyMatch(
                  d ->
                      d.getLineNumber() == error.line()
                          && d.getMessage(Locale.ROOT).startsWith("[" + error.id() + "] ")
                          && d.getMessage(Locale.ROOT).contains(error.fragment()));
      assertWithMessage("expected %s on line %s containing '%s'; errors: %s",
              error.id(), error.line(), error.fragment(), actual)
          .that(found)
          .isTrue();
    }
  }

  private static List<Diagnostic<? extends JavaFileObject>> ourErrors(Compilation compilation) {
    return compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[DeepCopy"))
        .<Diagnostic<? extends JavaFileObject>>map(d -> d)
        .toList();
  }

  /** The internal-error case needs a processor that fails on one type, as a bug of ours would. */
  private static DeepCopyProcessor processorFor(Message message) {
    if (message != Message.INTERNAL_ERROR) {
      return new DeepCopyProcessor();
    }
    return new DeepCopyProcessor() {
      @Override
      void handle(TypeElement type, TypeAnalyzer analyzer, Diagnostics diagnostics, boolean lastRound)
          throws java.io.IOException {
        if (type.getSimpleName().contentEquals("Boom")) {
          throw new IllegalStateException("planted failure");
        }
        super.handle(type, analyzer, diagnostics, lastRound);
      }
    };
  }
}

package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.analysis.Target;
import io.github.deepcopygen.processor.analysis.TypeAnalyzer;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.Forwarding;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import io.github.deepcopygen.processor.diagnostics.Diagnostics;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Reason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error id has a negative test {@code bad/<Id>.java} whose comments say which errors it must
 * produce; on javac and on ECJ alike the compile must report exactly those, on those lines, and
 * write no copier for a bad type.
 */
class DiagnosticsTest {

  /** Every message on a source element; the one about an option is ProcessorOptionsTest's. */
  static Stream<Arguments> messagesOnEachCompiler() {
    return Stream.of(TestCompiler.values())
        .flatMap(
            compiler ->
                Arrays.stream(Message.values())
                    .filter(m -> m != Message.UNKNOWN_OPTION)
                    .map(message -> Arguments.of(compiler, message)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("messagesOnEachCompiler")
  void everyMessageHasANegativeTest(TestCompiler compiler, Message message) {
    String name = message.id();
    assertWithMessage("bad/%s.java must exist", name)
        .that(TestResources.path("bad/" + name + ".java").toFile().exists())
        .isTrue();
    Compiled compiled =
        message.kind() == Diagnostic.Kind.ERROR
            ? compiler.compileStrict(processorFor(message), badSources(name))
            // Strict options would turn the warning into a failure, which is not what a user sees.
            : compiler.compile(processorFor(message), badSources(name), List.of());
    assertExpectedErrors(name, compiled);
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aWarningStillWritesEveryCopier(TestCompiler compiler) {
    Compiled compiled =
        compiler.compile(
            new DeepCopyProcessor(), badSources(Message.TREE_ON_GRAPH_CYCLE.id()), List.of());
    assertThat(compiled.generatedByFileName()).containsKey("DeepCopyTreeOnGraphCycleDeepCopy.java");
    assertThat(compiled.generatedByFileName())
        .containsKey("DeepCopyTreeOnGraphCycle_DerivedDeepCopy.java");
    assertThat(compiled.generatedByFileName())
        .containsKey("DeepCopyTreeOnGraphCycle_NoteDeepCopy.java");
  }

  /** The cases named for a shape rather than an id: regressions, each a family of wrong inputs. */
  static Stream<Arguments> shapeCasesOnEachCompiler() {
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
    return Stream.of(TestCompiler.values())
        .flatMap(
            compiler ->
                TestResources.caseNames("bad").stream()
                    .filter(name -> !ids.contains(name) && !name.equals("EveryBadField"))
                    .map(name -> Arguments.of(compiler, name)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("shapeCasesOnEachCompiler")
  void everyShapeCaseReportsExactlyItsErrors(TestCompiler compiler, String name) {
    Compiled compiled = compiler.compileStrict(new DeepCopyProcessor(), badSources(name));
    assertExpectedErrors(name, compiled);
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void everyBadFieldOfATypeIsReportedInOneCompile(TestCompiler compiler) {
    Compiled compiled =
        compiler.compileStrict(new DeepCopyProcessor(), badSources("EveryBadField"));
    assertExpectedErrors("EveryBadField", compiled);
    assertThat(compiled.generatedByFileName()).doesNotContainKey("EveryBadFieldDeepCopy.java");
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void anInternalErrorSparesTheOtherTypes(TestCompiler compiler) {
    Compiled compiled =
        compiler.compileStrict(
            processorFor(Message.INTERNAL_ERROR), badSources("DeepCopyInternalError"));
    assertThat(compiled.generatedByFileName())
        .containsKey("DeepCopyInternalError_FineDeepCopy.java");
    assertThat(compiled.generatedByFileName())
        .doesNotContainKey("DeepCopyInternalError_BoomDeepCopy.java");
    String text = compiled.ours(Diagnostic.Kind.ERROR).get(0).message();
    // The stack trace, down to the frame that threw, so that a bug report can be acted on.
    assertThat(text).contains("java.lang.IllegalStateException: planted failure");
    assertThat(text).contains(".handle(DiagnosticsTest.java:");
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aFailureOutsideAnyTypeIsOneInternalErrorNotACrash(TestCompiler compiler) {
    DeepCopyProcessor processor =
        new DeepCopyProcessor() {
          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return super.process(
                annotations,
                Forwarding.proxy(
                    RoundEnvironment.class,
                    round,
                    (method, args) -> {
                      if (method.getName().equals("getElementsAnnotatedWith")) {
                        throw new IllegalStateException("planted round failure");
                      }
                      return null;
                    }));
          }
        };
    Compiled compiled =
        compiler.compile(processor, List.of(TestResources.path("good/JavaBeans.java")), List.of());
    assertThat(compiled.success()).isFalse();
    assertWithMessage("%s", compiled).that(compiled.errors()).hasSize(1);
    String text = compiled.ours(Diagnostic.Kind.ERROR).get(0).message();
    assertThat(text)
        .startsWith(
            "[DeepCopyInternalError] deepcopy-gen failed on this round of annotation processing");
    assertThat(text).contains("java.lang.IllegalStateException: planted round failure");
  }

  /**
   * Every reason, not only every id, is some negative case's error: its why and its fix, with any
   * facts in their places, appear in the text of an error that a case in bad/ produces.
   */
  @Test
  void everyReasonHasANegativeTest() {
    List<String> texts = new ArrayList<>();
    for (String name : TestResources.caseNames("bad")) {
      Compiled compiled =
          TestCompiler.JAVAC.compile(new DeepCopyProcessor(), badSources(name), List.of());
      compiled.ours(Diagnostic.Kind.ERROR).forEach(report -> texts.add(report.message()));
    }
    List<Reason> untested = new ArrayList<>();
    for (Reason reason : Reason.values()) {
      Pattern pattern = patternOf(reason);
      if (texts.stream().noneMatch(text -> pattern.matcher(text).find())) {
        untested.add(reason);
      }
    }
    assertWithMessage("reasons that no case in bad/ reports").that(untested).isEmpty();
  }

  private static Pattern patternOf(Reason reason) {
    String why = placeholders(reason.whyFormat());
    String fix = reason.fixFormat() == null ? "" : ".*" + placeholders(reason.fixFormat());
    return Pattern.compile(why + fix, Pattern.DOTALL);
  }

  private static String placeholders(String format) {
    StringBuilder regex = new StringBuilder();
    for (String literal : format.split("%s", -1)) {
      if (regex.length() > 0) {
        regex.append(".+?");
      }
      regex.append(Pattern.quote(literal));
    }
    return regex.toString();
  }

  @Test
  void messageIdsAreUnique() {
    assertThat(Arrays.stream(Message.values()).map(Message::id).distinct().count())
        .isEqualTo(Message.values().length);
  }

  /**
   * The negative case, the folder {@code <case>-package} beside it if it has one (for a
   * package-info.java, or classes of other packages; ECJ takes a folder named like the class for a
   * clashing package), and the support files under bad/other, which compile cleanly on their own.
   */
  private static List<Path> badSources(String name) {
    return Stream.of(caseSources(name), TestResources.filesUnder("bad/other"))
        .flatMap(List::stream)
        .toList();
  }

  private static List<Path> caseSources(String name) {
    List<Path> sources = new ArrayList<>();
    sources.add(TestResources.path("bad/" + name + ".java"));
    if (TestResources.path("bad/" + name + "-package").toFile().isDirectory()) {
      sources.addAll(TestResources.filesUnder("bad/" + name + "-package"));
    }
    return sources;
  }

  private static void assertExpectedErrors(String name, Compiled compiled) {
    ExpectedErrors.in(caseSources(name)).assertReportedBy(compiled, "bad/" + name);
  }

  /** The internal-error case needs a processor that fails on one type, as a bug of ours would. */
  private static DeepCopyProcessor processorFor(Message message) {
    if (message != Message.INTERNAL_ERROR) {
      return new DeepCopyProcessor();
    }
    return new DeepCopyProcessor() {
      @Override
      void handle(Target target, TypeAnalyzer analyzer, Diagnostics diagnostics, boolean lastRound)
          throws java.io.IOException {
        if (target.type().getSimpleName().contentEquals("Boom")) {
          throw new IllegalStateException("planted failure");
        }
        super.handle(target, analyzer, diagnostics, lastRound);
      }
    };
  }
}

package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code -A} options: {@code @Generated} is on every copier, without a date, unless {@code
 * -Adeepcopy.generated=false} turns it off; a misspelt option of ours is a warning, not silence.
 */
class ProcessorOptionsTest {

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void generatedAnnotationIsOnByDefaultAndCarriesNoDate(TestCompiler compiler) {
    String copier = copierOf(compile(compiler));
    assertThat(copier)
        .contains("@Generated(\"io.github.deepcopygen.processor.DeepCopyProcessor\")\n");
    assertThat(copier).doesNotContain("date");
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void optionTurnsTheGeneratedAnnotationOff(TestCompiler compiler) {
    Compiled compiled = compile(compiler, "-Adeepcopy.generated=false");
    String copier = copierOf(compiled);
    assertThat(copier).doesNotContain("@Generated");
    assertThat(copier).doesNotContain("import javax.annotation.processing.Generated;");
    assertThat(compiled.ours(Diagnostic.Kind.WARNING)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aMisspeltOptionOfOursIsAWarningThatListsTheRealOnes(TestCompiler compiler) {
    Compiled compiled = compile(compiler, "-Adeepcopy.generate=false", "-Aother.tool=1");
    List<Compiled.Report> warnings = compiled.ours(Diagnostic.Kind.WARNING);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).message())
        .startsWith("[DeepCopyUnknownOption] -Adeepcopy.generate is not an option of deepcopy-gen");
    assertThat(warnings.get(0).message()).contains("Its options are: deepcopy.generated.");
    // The build goes on, and the option changed nothing.
    assertThat(copierOf(compiled)).contains("@Generated(");
  }

  private static Compiled compile(TestCompiler compiler, String... options) {
    return compiler.compile(
        new DeepCopyProcessor(),
        List.of(TestResources.path("good/PackagePrivate.java")),
        List.of(options));
  }

  private static String copierOf(Compiled compiled) {
    assertThat(compiled.success()).isTrue();
    return compiled.generatedByFileName().get("PackagePrivateDeepCopy.java");
  }
}

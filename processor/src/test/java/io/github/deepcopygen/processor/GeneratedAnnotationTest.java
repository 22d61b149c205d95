package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Generated} is on every copier unless {@code -Adeepcopy.generated=false} turns it off. */
class GeneratedAnnotationTest {

  @Test
  void generatedAnnotationIsOnByDefault() {
    assertThat(copierOf(compile())).contains("@Generated(\"io.github.deepcopygen.processor.DeepCopyProcessor\")");
  }

  @Test
  void optionTurnsTheGeneratedAnnotationOff() {
    String copier = copierOf(compile("-Adeepcopy.generated=false"));
    assertThat(copier).doesNotContain("@Generated");
    assertThat(copier).doesNotContain("import javax.annotation.processing.Generated;");
  }

  private static Compilation compile(String... options) {
    return Compiler.javac()
        .withProcessors(new DeepCopyProcessor())
        .withOptions((Object[]) options)
        .compile(List.of(TestResources.source("good/PackagePrivate.java")));
  }

  private static String copierOf(Compilation compilation) {
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    return Compilations.generatedSources(compilation).get("PackagePrivateDeepCopy.java");
  }
}

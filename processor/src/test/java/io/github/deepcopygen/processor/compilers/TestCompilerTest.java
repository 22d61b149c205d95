package io.github.deepcopygen.processor.compilers;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The harness itself: a strict compile really fails on a warning, on either compiler. */
class TestCompilerTest {
  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aWarningFailsAStrictCompile(TestCompiler compiler) throws IOException {
    Path source = folder.resolve("Raw.java");
    Files.writeString(source, "class Raw { java.util.List items = new java.util.ArrayList(); }\n");
    Compiled compiled = compiler.compileStrict(new Idle(), List.of(source));
    assertThat(compiled.success()).isFalse();
    assertThat(compiled.warnings()).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aCleanSourcePassesAStrictCompile(TestCompiler compiler) throws IOException {
    Path source = folder.resolve("Clean.java");
    Files.writeString(
        source, "class Clean { java.util.List<String> items = new java.util.ArrayList<>(); }\n");
    Compiled compiled = compiler.compileStrict(new Idle(), List.of(source));
    assertThat(compiled.diagnostics()).isEmpty();
    assertThat(compiled.success()).isTrue();
  }

  /** A processor that does nothing, so that the compile has one. */
  @SupportedAnnotationTypes("nothing.Here")
  static final class Idle extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(
        java.util.Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }
}

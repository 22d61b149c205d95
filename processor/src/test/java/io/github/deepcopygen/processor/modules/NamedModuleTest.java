package io.github.deepcopygen.processor.modules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.DeepCopyProcessor;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A named module that {@code requires static} the annotations gets working copiers, with
 * {@code @Generated} exactly when the module reads java.compiler.
 *
 * <p>On ECJ the test stops after processing ({@code -proc:only}): ECJ's batch compiler, run through
 * javax.tools, files every generated source of a named module under the unnamed module, where the
 * module's own types cannot be resolved; that happens to any processor's output, and Eclipse's IDE
 * build has its own Filer. What ECJ must still agree on is what deepcopy-gen writes.
 */
class NamedModuleTest {
  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aModuleThatDoesNotReadJavaCompilerGetsCopiersWithoutGenerated(TestCompiler compiler)
      throws IOException {
    String copier = compileModule(compiler, "", List.of());
    assertThat(copier).contains("public final class ShipDeepCopy");
    assertThat(copier).doesNotContain("Generated");
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void javaCompilerInTheGraphButNotReadStillMeansNoGenerated(TestCompiler compiler)
      throws IOException {
    // --add-modules resolves java.compiler, so the type exists, but this module cannot read it.
    String copier = compileModule(compiler, "", List.of("--add-modules", "java.compiler"));
    assertThat(copier).doesNotContain("Generated");
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aModuleThatReadsJavaCompilerGetsGenerated(TestCompiler compiler) throws IOException {
    String copier = compileModule(compiler, "  requires static java.compiler;\n", List.of());
    assertThat(copier)
        .contains("@Generated(\"io.github.deepcopygen.processor.DeepCopyProcessor\")");
  }

  /** Compiles module {@code ships} with one @DeepCopy class; returns the copier's source. */
  private String compileModule(
      TestCompiler compiler, String extraRequires, List<String> extraOptions) throws IOException {
    Path jar = AnnotationsJar.write(folder);
    Path sources = Files.createDirectories(folder.resolve("src"));
    Path moduleInfo = sources.resolve("module-info.java");
    Files.writeString(
        moduleInfo,
        "module ships {\n  requires static "
            + AnnotationsJar.MODULE
            + ";\n"
            + extraRequires
            + "  exports ships;\n}\n");
    Path ship = Files.createDirectories(sources.resolve("ships")).resolve("Ship.java");
    Files.writeString(
        ship,
        "package ships;\n\n"
            + "import java.util.List;\n\n"
            + "@io.github.deepcopygen.DeepCopy\n"
            + "public class Ship {\n"
            + "  public String name;\n"
            + "  public List<String> crew;\n"
            + "}\n");
    List<String> options = new ArrayList<>(List.of("--module-path", jar.toString()));
    options.addAll(extraOptions);
    if (compiler == TestCompiler.ECJ) {
      options.add("-proc:only");
    }
    Compiled compiled =
        compiler.compile(List.of(new DeepCopyProcessor()), List.of(moduleInfo, ship), options);
    assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
    assertWithMessage("%s", compiled).that(compiled.errors()).isEmpty();
    if (compiler == TestCompiler.JAVAC) {
      assertThat(Files.exists(compiled.classes().resolve("ships/ShipDeepCopy.class"))).isTrue();
    }
    return compiled.generated().get("ships/ShipDeepCopy.java");
  }
}

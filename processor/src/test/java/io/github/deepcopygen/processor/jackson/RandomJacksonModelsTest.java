package io.github.deepcopygen.processor.jackson;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.deepcopygen.processor.DeepCopyProcessor;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import io.github.deepcopygen.testing.DocumentChecks;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random Jackson-shaped library models from {@link JacksonModelGenerator}, one per seed: compiled
 * as a library first (as a model arrives, in a jar), then included transitively from a package of
 * ours on javac and on ECJ, which must write the same copiers without a warning; random documents
 * that Jackson reads into the root class must then copy exactly ({@link DocumentChecks}). {@code
 * -Ddeepcopy.jacksonModels=N} runs N models (200 by default) from {@code
 * -Ddeepcopy.jacksonModelSeed=S} on (0 by default).
 */
class RandomJacksonModelsTest {
  // A generated class may have only ignored properties, which Jackson writes as {}.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final String INCLUDE =
      """
      @DeepCopy.Include(value = C0.class, transitive = true)
      package app;

      import io.github.deepcopygen.DeepCopy;
      import lib.C0;
      """;

  @TempDir Path folder;

  static LongStream seeds() {
    long first = Long.getLong("deepcopy.jacksonModelSeed", 0L);
    return LongStream.range(first, first + Long.getLong("deepcopy.jacksonModels", 200L));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyModelCopiesItsDocumentsExactly(long seed) throws Exception {
    JacksonModelGenerator.Model model = JacksonModelGenerator.generate(seed);
    List<Path> library = new ArrayList<>();
    Path lib = Files.createDirectories(folder.resolve("lib"));
    for (Map.Entry<String, String> source : model.sources().entrySet()) {
      Path file = lib.resolve(source.getKey() + ".java");
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      library.add(file);
    }
    Path app = Files.createDirectories(folder.resolve("app")).resolve("package-info.java");
    Files.writeString(app, INCLUDE, StandardCharsets.UTF_8);
    String context = "seed " + seed + "\n" + String.join("\n", model.sources().values());

    Compiled compiledLibrary =
        TestCompiler.JAVAC.compile(List.of(), library, List.of("-proc:none"));
    Compiled javac = null;
    Compiled ecj = null;
    try {
      assertWithMessage("%s\n%s", compiledLibrary, context)
          .that(compiledLibrary.success())
          .isTrue();
      String classPath =
          compiledLibrary.classes() + File.pathSeparator + System.getProperty("java.class.path");
      javac =
          TestCompiler.JAVAC.compileStrict(
              new DeepCopyProcessor(), List.of(app), "-classpath", classPath);
      ecj =
          TestCompiler.ECJ.compileStrict(
              new DeepCopyProcessor(), List.of(app), "-classpath", classPath);
      assertWithMessage("%s\n%s", javac, context).that(javac.diagnostics()).isEmpty();
      assertWithMessage("%s\n%s", ecj, context).that(ecj.diagnostics()).isEmpty();
      assertWithMessage("same copiers on both compilers\n%s", context)
          .that(ecj.generated())
          .isEqualTo(javac.generated());
      for (Compiled compiled : List.of(javac, ecj)) {
        copiesDocuments(model, compiledLibrary.classes(), compiled, context);
      }
    } finally {
      compiledLibrary.deleteOutput();
      if (javac != null) {
        javac.deleteOutput();
      }
      if (ecj != null) {
        ecj.deleteOutput();
      }
    }
  }

  private void copiesDocuments(
      JacksonModelGenerator.Model model, Path library, Compiled compiled, String context)
      throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {library.toUri().toURL(), compiled.classes().toUri().toURL()},
            getClass().getClassLoader())) {
      Class<?> root = loader.loadClass("lib.C0");
      Random random = new Random(model.seed());
      DocumentChecks checks = DocumentChecks.of(RandomJacksonModelsTest::json, "app");
      for (int i = 0; i < 5; i++) {
        String document = model.documents().next(random);
        String other = model.documents().next(random);
        Object original = MAPPER.readValue(document, root);
        checks.copiesExactly(
            context + "\n" + compiled.compiler() + " document " + document,
            original,
            MAPPER.readValue(other, root));
      }
      assertThat(loader.loadClass("app.C0DeepCopy")).isNotNull();
    }
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

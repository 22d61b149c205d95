package io.github.deepcopygen.processor.lombok;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.DeepCopyProcessor;
import io.github.deepcopygen.processor.GoldenFiles;
import io.github.deepcopygen.processor.TestResources;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import io.github.deepcopygen.testing.CopyChecks;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lombok on the processor path beside deepcopy-gen, in both orders, on javac (Lombok runs inside
 * ECJ only as a Java agent): the same copiers byte for byte either way, matching the golden files
 * under {@code lombok/expected}, and copying deeply when run. Listed after deepcopy-gen, Lombok has
 * not written its members when the copier is planned; the copier calls what Lombok writes by
 * default, and the next round checks that it did.
 */
class LombokTest {
  /**
   * Lombok's processors, as its jar registers them (META-INF/services): the one that writes the
   * members, and the one that claims Lombok's annotations, without which javac warns that nobody
   * claimed them. Loaded by name: nothing else here depends on Lombok.
   */
  private static final List<String> LOMBOK =
      List.of(
          "lombok.launch.AnnotationProcessorHider$AnnotationProcessor",
          "lombok.launch.AnnotationProcessorHider$ClaimingProcessor");

  enum Order {
    LOMBOK_FIRST,
    DEEPCOPY_FIRST
  }

  static Stream<Arguments> casesInBothOrders() {
    return Stream.of(
            "LombokData",
            "LombokAccessors",
            "LombokBuilder",
            "LombokValue",
            "LombokValueFields",
            "LombokAccessorStyles",
            "LombokJacksonized")
        .flatMap(name -> Stream.of(Order.values()).map(order -> Arguments.of(name, order)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("casesInBothOrders")
  void copiersAreTheSameInEitherOrderAndCopyDeeply(String name, Order order) throws Exception {
    Compiled compiled =
        TestCompiler.JAVAC.compileStrict(
            processors(order),
            List.of(TestResources.path("lombok/" + name + ".java")),
            "-Xlint:all",
            "-Werror");
    try {
      assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
      assertWithMessage("%s", compiled).that(compiled.diagnostics()).isEmpty();
      Map<String, String> generated = compiled.generatedByFileName();
      assertThat(generated).isNotEmpty();
      for (Map.Entry<String, String> file : generated.entrySet()) {
        GoldenFiles.assertMatches("lombok/expected/" + file.getKey(), file.getValue());
      }
      try (URLClassLoader loader =
          new URLClassLoader(
              new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
        CopyChecks.of(loader.loadClass("lomboktest." + name)).all();
      }
    } finally {
      compiled.deleteOutput();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Order.class)
  void accessorsNamedByLombokConfigCopyWhenLombokRunsFirstAndAreAnErrorOtherwise(Order order)
      throws Exception {
    String name = "LombokConfiguredFluent";
    Compiled compiled =
        TestCompiler.JAVAC.compile(
            processors(order),
            List.of(TestResources.path("lombok/fluent/" + name + ".java")),
            List.of("-Xlint:all"));
    try {
      if (order == Order.LOMBOK_FIRST) {
        assertWithMessage("%s", compiled).that(compiled.success()).isTrue();
        assertThat(compiled.generatedByFileName().get(name + "DeepCopy.java"))
            .contains("out.tags(tags == null ? null : new ArrayList<>(tags));");
        try (URLClassLoader loader =
            new URLClassLoader(
                new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
          CopyChecks.of(loader.loadClass("lomboktest." + name)).all();
        }
      } else {
        assertWithMessage("%s", compiled).that(compiled.success()).isFalse();
        assertThat(compiled.diagnostics().toString())
            .contains(
                "[DeepCopyLombokMismatch] "
                    + name
                    + " carries Lombok annotations and deepcopy-gen saw it before Lombok had written anything");
        assertThat(compiled.diagnostics().toString())
            .contains("still lacked getName(), setName(...), getTags(), setTags(...)");
      }
    } finally {
      compiled.deleteOutput();
    }
  }

  static List<Processor> processors(Order order) throws ReflectiveOperationException {
    List<Processor> processors = new ArrayList<>();
    for (String name : LOMBOK) {
      processors.add((Processor) Class.forName(name).getConstructor().newInstance());
    }
    processors.add(order == Order.LOMBOK_FIRST ? processors.size() : 0, new DeepCopyProcessor());
    return processors;
  }
}

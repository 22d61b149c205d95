package io.github.deepcopygen.benchmarks;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What every build checks of the benchmarks, which it compiles but does not run: the generated and the
 * hand-written copies of each fixture, and its construction floor, pass the same check the benchmark command makes before timing.
 * The other libraries are left to that command (Kryo and Fory need opened JDK packages on JDK 25).
 */
class CopyMethodsTest {
  @Test
  void theGeneratedAndHandWrittenCopiesOfEveryFixtureCopyCorrectly() {
    for (CopyMethods<?> methods : List.of(CopyMethods.mcpServer(), CopyMethods.virtualMcpServer(),
        CopyMethods.mcpServerSpec(), CopyMethods.deployment(), CopyMethods.pod())) {
      assertCopies(methods, "generated");
      if (methods.handWritten != null) {
        assertCopies(methods, "handWritten");
      }
      if (methods.floor != null) {
        assertFloor(methods);
      }
    }
  }

  /** The floor builds the very graph a copy makes: equal node by node, nothing mutable shared with it. */
  private static <T> void assertFloor(CopyMethods<T> methods) {
    assertWithMessage("%s floor", methods.type.getSimpleName())
        .that(Verification.problemWith(in -> methods.floor.get(), methods.fixture.get())).isNull();
  }

  private static <T> void assertCopies(CopyMethods<T> methods, String name) {
    UnaryOperator<T> method = methods.byName(name);
    assertWithMessage("%s %s", methods.type.getSimpleName(), name)
        .that(Verification.problemWith(method, methods.fixture.get())).isNull();
  }
}

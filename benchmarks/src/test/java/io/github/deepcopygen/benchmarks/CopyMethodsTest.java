package io.github.deepcopygen.benchmarks;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.benchmarks.graph.Document;
import io.github.deepcopygen.benchmarks.graph.DocumentDeepCopy;
import io.github.deepcopygen.benchmarks.graph.GraphFixtures;
import io.github.deepcopygen.benchmarks.graph.GraphItemDeepCopy;
import io.github.deepcopygen.benchmarks.graph.StyleDeepCopy;
import io.github.deepcopygen.benchmarks.graph.TreeItemDeepCopy;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What every build checks of the benchmarks, which it compiles but does not run: the generated and
 * the hand-written copies of each fixture, and its construction floor, pass the same check the
 * benchmark command makes before timing. The other libraries are left to that command (Kryo and
 * Fory need opened JDK packages on JDK 25).
 */
class CopyMethodsTest {
  @Test
  void theGeneratedAndHandWrittenCopiesOfEveryFixtureCopyCorrectly() {
    for (CopyMethods<?> methods :
        List.of(
            CopyMethods.mcpServer(),
            CopyMethods.virtualMcpServer(),
            CopyMethods.mcpServerSpec(),
            CopyMethods.deployment(),
            CopyMethods.pod())) {
      assertCopies(methods, "generated");
      if (methods.handWritten != null) {
        assertCopies(methods, "handWritten");
      }
      if (methods.floor != null) {
        assertFloor(methods);
      }
    }
  }

  /**
   * The graph rows: the generated graph copy keeps the document's sharing, and the option's copies
   * copy.
   */
  @Test
  void theGeneratedGraphAndOptionCopiesCopyCorrectly() {
    assertWithMessage("GraphCopy generated")
        .that(
            Verification.graphProblemWith(
                new GraphMethods().byName("generated"), GraphFixtures.document()))
        .isNull();
    assertWithMessage("GraphOption withoutOption")
        .that(Verification.problemWith(TreeItemDeepCopy::deepCopy, GraphFixtures.treeItems()))
        .isNull();
    assertWithMessage("GraphOption withOptionTreeCopy")
        .that(Verification.problemWith(GraphItemDeepCopy::deepCopy, GraphFixtures.graphItems()))
        .isNull();
    assertWithMessage("GraphOption withOptionGraphCopy")
        .that(
            Verification.graphProblemWith(
                GraphItemDeepCopy::deepCopyGraph, GraphFixtures.graphItems()))
        .isNull();
  }

  /**
   * A copy that gives one node a style of its own where the original shares one is not the same
   * graph.
   */
  @Test
  void theGraphCheckRefusesACopyThatLosesTheSharing() {
    assertWithMessage("a copy that splits shared styles")
        .that(
            Verification.graphProblemWith(
                in -> {
                  Document copy = DocumentDeepCopy.deepCopyGraph(in);
                  copy.root.children.get(0).style =
                      StyleDeepCopy.deepCopyGraph(copy.root.children.get(0).style);
                  return copy;
                },
                GraphFixtures.document()))
        .contains("not the same graph");
  }

  /**
   * The floor builds the very graph a copy makes: equal node by node, nothing mutable shared with
   * it.
   */
  private static <T> void assertFloor(CopyMethods<T> methods) {
    assertWithMessage("%s floor", methods.type.getSimpleName())
        .that(Verification.problemWith(in -> methods.floor.get(), methods.fixture.get()))
        .isNull();
  }

  private static <T> void assertCopies(CopyMethods<T> methods, String name) {
    UnaryOperator<T> method = methods.byName(name);
    assertWithMessage("%s %s", methods.type.getSimpleName(), name)
        .that(Verification.problemWith(method, methods.fixture.get()))
        .isNull();
  }
}

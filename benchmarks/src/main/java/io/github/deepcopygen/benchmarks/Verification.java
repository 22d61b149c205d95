package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.testing.Graphs;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks, once before measuring, that a copy method copies: the copy is another object, renders exactly
 * like the original (content, null versus empty, the class of every node, but a HashMap or HashSet may
 * come back as the linked one of the same order, which copy rule 7 makes of it), and shares no mutable
 * object with it. A method that fails is reported with the reason and not timed.
 */
final class Verification {
  private static final Graphs GRAPHS = new Graphs(Set.of());
  /** A HashMap the copy holds as the LinkedHashMap of the same order, as copy rule 7 has it, is the same. */
  private static final Graphs LINKED = GRAPHS.hashCollectionsAsLinked();

  private Verification() {}

  /** Null if {@code method} copies {@code original} correctly, else what is wrong. */
  static <T> String problemWith(UnaryOperator<T> method, T original) {
    String before = GRAPHS.render(original);
    T copy;
    try {
      copy = method.apply(original);
    } catch (RuntimeException | Error e) {
      return "throws " + e;
    }
    if (copy == original) {
      return "returns the original itself";
    }
    if (!GRAPHS.render(original).equals(before)) {
      return "changes the original";
    }
    if (!GRAPHS.render(copy).equals(before)
        && !LINKED.render(copy).equals(LINKED.render(original))) {
      return "returns a copy that differs from the original: " + firstDifference(before, GRAPHS.render(copy));
    }
    Set<Object> shared = GRAPHS.sharedMutableNodes(original, copy);
    if (!shared.isEmpty()) {
      Object example = shared.iterator().next();
      return "shares " + shared.size() + " mutable objects with the original, such as a "
          + example.getClass().getName();
    }
    return null;
  }

  /**
   * As {@link #problemWith}, for a copy that must keep sharing and cycles: the copy renders like the
   * original with every object numbered where first met, so the same objects are shared the same way.
   */
  static <T> String graphProblemWith(UnaryOperator<T> method, T original) {
    String before = GRAPHS.renderGraph(original);
    T copy;
    try {
      copy = method.apply(original);
    } catch (RuntimeException | Error e) {
      return "throws " + e;
    }
    if (copy == original) {
      return "returns the original itself";
    }
    String after = GRAPHS.renderGraph(copy);
    if (!after.equals(before)) {
      return "returns a copy that is not the same graph: " + firstDifference(before, after);
    }
    Set<Object> shared = GRAPHS.sharedMutableNodes(original, copy);
    return shared.isEmpty() ? null : "shares " + shared.size() + " mutable objects with the original";
  }

  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 40);
    return "expected ..." + expected.substring(from, Math.min(expected.length(), i + 40))
        + "... but was ..." + actual.substring(from, Math.min(actual.length(), i + 40)) + "...";
  }
}

package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.testing.Graphs;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Checks, once before measuring, that a copy method copies: the copy is another object, renders
 * exactly like the original (content, null versus empty, the class of every node, but a HashMap or
 * HashSet may come back as the linked one of the same order, which copy rule 7 makes of it), and
 * shares no mutable object with it. A method that fails is reported with the reason and not timed.
 */
final class Verification {
  private static final Graphs GRAPHS = new Graphs(Set.of());

  /**
   * A HashMap the copy holds as the LinkedHashMap of the same order, as copy rule 7 has it, is the
   * same.
   */
  private static final Graphs LINKED = GRAPHS.hashCollectionsAsLinked();

  private Verification() {}

  /** Null if {@code method} copies {@code original} correctly, else what is wrong. */
  static <T> String problemWith(UnaryOperator<T> method, T original) {
    return check(method, original, GRAPHS::render, LINKED::render, "differs from the original");
  }

  /**
   * As {@link #problemWith}, for a copy that must keep sharing and cycles: the copy renders like
   * the original with every object numbered where first met, so the same objects are shared the
   * same way.
   */
  static <T> String graphProblemWith(UnaryOperator<T> method, T original) {
    return check(
        method, original, GRAPHS::renderGraph, GRAPHS::renderGraph, "is not the same graph");
  }

  /**
   * The one check of both: {@code alike} is a second rendering under which a different text still
   * passes.
   */
  private static <T> String check(
      UnaryOperator<T> method,
      T original,
      Function<Object, String> render,
      Function<Object, String> alike,
      String unlike) {
    String before = render.apply(original);
    T copy;
    try {
      copy = method.apply(original);
    } catch (RuntimeException | Error e) {
      return "throws " + e;
    }
    if (copy == original) {
      return "returns the original itself";
    }
    if (!render.apply(original).equals(before)) {
      return "changes the original";
    }
    String after = render.apply(copy);
    if (!after.equals(before) && !alike.apply(copy).equals(alike.apply(original))) {
      return "returns a copy that " + unlike + ": " + firstDifference(before, after);
    }
    Set<Object> shared = GRAPHS.sharedMutableNodes(original, copy);
    if (!shared.isEmpty()) {
      Object example = shared.iterator().next();
      return "shares "
          + shared.size()
          + " mutable objects with the original, such as a "
          + example.getClass().getName();
    }
    return null;
  }

  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 40);
    return "expected ..."
        + expected.substring(from, Math.min(expected.length(), i + 40))
        + "... but was ..."
        + actual.substring(from, Math.min(actual.length(), i + 40))
        + "...";
  }
}

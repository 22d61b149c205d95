package io.github.deepcopygen.processor.diagnostics;

import java.util.List;

/**
 * The words that {@link Message#TREE_ON_GRAPH_CYCLE} is filled with: where the graph type hands a
 * value to a tree copy, and the path by which that tree copy leads back. Analysis finds the names;
 * this says them.
 */
public final class TreeCycleWords {
  private TreeCycleWords() {}

  /** The warning's subject when a field holds the tree-copied type. */
  public static String field(String field, String graph, String tree) {
    return "Field " + field + " of the graph type " + graph + " holds " + tree;
  }

  /** The warning's subject when the graph type's superclass is the tree-copied type. */
  public static String superclass(String graph, String base) {
    return "The graph type " + graph + " extends " + base;
  }

  /** Where the suppression goes for a field's warning. */
  public static String onTheField() {
    return "the field";
  }

  /** The path when the tree copy holds a value of the graph type as a type argument. */
  public static String asTypeArgument(String argument) {
    return "as its type argument " + argument;
  }

  /** The path through fields and permitted subclasses, in the order the tree copy takes them. */
  public static String through(List<String> steps) {
    return "through " + String.join(", ", steps);
  }

  /** A step into a field: {@code Owner.field}. */
  public static String fieldStep(String owner, String field) {
    return owner + "." + field;
  }

  /** A step from a sealed type into one of its permitted subclasses. */
  public static String subclassStep(String sealed, String permitted) {
    return sealed + " as " + permitted;
  }

  /** A step into a type argument of the type first reached. */
  public static String typeArgumentStep(String argument) {
    return "<" + argument + ">";
  }
}

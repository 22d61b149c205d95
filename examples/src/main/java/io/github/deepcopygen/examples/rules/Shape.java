package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 12, sealed hierarchies: a field of type Shape is copied by the copy of its runtime class, so
 * a Polygon stays a Polygon; nothing is ever sliced to its declared type.
 */
public sealed interface Shape permits Shape.Circle, Shape.Polygon, Shape.Group {

  /** Immutable: shared. */
  record Circle(double x, double y, double radius) implements Shape {}

  @DeepCopy
  final class Polygon implements Shape {
    public List<double[]> points;
    public String fill;
  }

  /** A shape made of shapes: its own copier breaks the recursion. */
  @DeepCopy
  record Group(String name, List<Shape> members) implements Shape {}
}

package io.github.deepcopygen.examples.library;

/**
 * Stands for a class from a library: mutable, and we cannot annotate it or add a deepCopy() to it.
 */
public class LegacyColor {
  public int red;
  public int green;
  public int blue;
}

package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;

/**
 * Rule 6, arrays: primitive arrays are cloned; arrays of mutable objects get each element copied.
 */
@DeepCopy
public class Heatmap {
  /** A reading at one cell; copied by its own generated copier. */
  @DeepCopy
  public static class Sample {
    public String sensor;
    public double value;
  }

  public String[] columnNames;
  public double[][] cells;
  public Sample[] samples;
  public Sample[][] samplesByRow;
}

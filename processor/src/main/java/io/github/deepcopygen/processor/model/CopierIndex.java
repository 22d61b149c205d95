package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The lookup by class that a package with {@code @DeepCopy.Include} gets for the copiers written
 * there.
 *
 * @param index the class to write
 * @param entries every included class that has a {@code deepCopy(in)} of one argument, in list
 *     order
 * @param generatedAnnotation whether to put {@code @javax.annotation.processing.Generated} on it
 * @param suppressedWarnings the deprecation warnings that naming the classes raises
 */
public record CopierIndex(
    ClassName index,
    List<Entry> entries,
    boolean generatedAnnotation,
    List<String> suppressedWarnings) {

  /**
   * One included class and its copier, whose {@code deepCopy} takes an instance of exactly that
   * class.
   */
  public record Entry(ClassName type, ClassName copier) {}

  public CopierIndex {
    entries = List.copyOf(entries);
  }
}

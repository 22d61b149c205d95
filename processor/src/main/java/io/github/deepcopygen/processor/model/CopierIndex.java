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
 * @param jsonNodes Jackson's node classes on the compile class path, for the JSON trees that the
 *     copiers of generic classes get as operators
 */
public record CopierIndex(
    ClassName index,
    List<Entry> entries,
    boolean generatedAnnotation,
    List<String> suppressedWarnings,
    List<ClassName> jsonNodes) {

  /**
   * One included class and its copier, whose {@code deepCopy} takes an instance of exactly that
   * class; a generic library class's also takes {@code jsonTreeOperators} operators, each copying a
   * JSON tree, as a raw use of the class is copied.
   */
  public record Entry(ClassName type, ClassName copier, int jsonTreeOperators) {}

  public CopierIndex {
    entries = List.copyOf(entries);
    suppressedWarnings = List.copyOf(suppressedWarnings);
    jsonNodes = List.copyOf(jsonNodes);
  }
}

package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writer needs to render one copier: decided by analysis, rendered without further
 * questions.
 *
 * @param target the annotated type
 * @param copier the class to write
 * @param publicCopier whether the copier is public (it is when the target is)
 * @param shape class, abstract class or record: decides which methods exist and how the copy is built
 * @param checkExactClass whether {@code deepCopy} must refuse proper subclasses (the target is not final)
 * @param superCopier the copier of a {@code @DeepCopy} superclass, whose {@code deepCopyInto} runs first
 * @param fields the properties to copy, superclass properties first, in declaration order
 * @param generatedAnnotation whether to put {@code @javax.annotation.processing.Generated} on the copier
 */
public record CopyPlan(
    ClassName target,
    ClassName copier,
    boolean publicCopier,
    Shape shape,
    boolean checkExactClass,
    Optional<ClassName> superCopier,
    List<FieldCopy> fields,
    boolean generatedAnnotation) {

  /** The kinds of annotated type, each with its own set of generated methods. */
  public enum Shape {
    /** A concrete class: {@code deepCopy} and {@code deepCopyInto}. */
    CLASS,
    /** An abstract class: {@code deepCopyInto} only, for its subclasses' copiers to call. */
    ABSTRACT_CLASS,
    /** A record: {@code deepCopy} only, through the canonical constructor. */
    RECORD
  }

  public CopyPlan {
    fields = List.copyOf(fields);
  }
}

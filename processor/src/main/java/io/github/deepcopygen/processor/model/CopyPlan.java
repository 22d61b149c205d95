package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writer needs to render one copier: decided by analysis, rendered without further
 * questions.
 *
 * @param target the annotated type, raw
 * @param typeVariables the target's type parameters, in order; empty unless it is generic
 * @param operators the names of the copier's {@code UnaryOperator} parameters, one per type variable
 * @param copier the class to write
 * @param publicCopier whether the copier is public (it is when the target is)
 * @param shape class, abstract class or record: decides which methods exist and how the copy is built
 * @param subclasses for a sealed class, how each permitted subclass is copied; {@code deepCopy} hands an
 *     instance of one to it
 * @param exactClass how {@code deepCopy} refuses an instance of a proper subclass that no permitted
 *     subclass's copy took: not at all for a final class or a record
 * @param library whether the target is a library class listed in {@code @DeepCopy.Include}, which the
 *     user cannot change: the copier's run-time messages offer other fixes
 * @param superCopier the copier of a {@code @DeepCopy} superclass, whose {@code deepCopyInto} runs first
 * @param fields a class's properties to copy, superclass properties first, in declaration order
 * @param components a record's components, or a constructed class's fields, in the order its
 *     constructor takes them
 * @param graph whether the copier also copies graphs ({@code @DeepCopy(graph = true)}): shared objects
 *     copied once, cycles kept
 * @param generatedAnnotation whether to put {@code @javax.annotation.processing.Generated} on the copier
 */
public record CopyPlan(
    ClassName target,
    List<TypeVariableName> typeVariables,
    List<String> operators,
    ClassName copier,
    boolean publicCopier,
    Shape shape,
    List<CopyStrategy.Case> subclasses,
    ExactClass exactClass,
    boolean library,
    Optional<CopyStrategy.UseCopier> superCopier,
    List<FieldCopy> fields,
    List<CopyStrategy.Component> components,
    boolean graph,
    boolean generatedAnnotation) {

  /** The kinds of annotated type, each with its own set of generated methods. */
  public enum Shape {
    /** A concrete class: {@code deepCopy} and {@code deepCopyInto}. */
    CLASS,
    /** An abstract class: {@code deepCopyInto} only, for its subclasses' copiers to call. */
    ABSTRACT_CLASS,
    /** A record: {@code deepCopy} only, through the canonical constructor. */
    RECORD,
    /** A class whose fields are all final (rule 10): {@code deepCopy} only, through its constructor. */
    CONSTRUCTED
  }

  /** Whether and why {@code deepCopy} checks that {@code in} is of exactly the target class. */
  public enum ExactClass {
    /** A final class, a record, or an abstract class (which has no {@code deepCopy}). */
    NONE,
    /** A class any subclass may extend, whose own fields the copy would lose. */
    OPEN,
    /** A sealed class: after its permitted subclasses, only its own instances are left. */
    SEALED
  }

  public CopyPlan {
    typeVariables = List.copyOf(typeVariables);
    operators = List.copyOf(operators);
    subclasses = List.copyOf(subclasses);
    fields = List.copyOf(fields);
    components = List.copyOf(components);
  }

  /** The target as the copier's methods declare it: {@code Box<T>} for a generic one. */
  public TypeName targetType() {
    return typeVariables.isEmpty()
        ? target
        : ParameterizedTypeName.get(target, typeVariables.toArray(TypeName[]::new));
  }
}

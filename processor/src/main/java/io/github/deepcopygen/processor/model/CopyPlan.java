package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writer needs to render one copier, in named parts: decided by analysis, rendered
 * without further questions.
 *
 * @param copied the copied type and the copier class written for it
 * @param construction how {@code deepCopy} makes the new object
 * @param properties what is copied into it
 * @param typeParameters a generic type's type variables and the copier's operators for them
 * @param graph whether and how the copier also copies graphs
 */
public record CopyPlan(
    Copied copied,
    Construction construction,
    Properties properties,
    TypeParameters typeParameters,
    GraphFacts graph) {

  /**
   * The copied type and its copier.
   *
   * @param type the annotated or included type, raw
   * @param copier the class to write
   * @param publicCopier whether the copier is public (it is when the type is)
   * @param library whether the type is a library class listed in {@code @DeepCopy.Include}, which
   *     the user cannot change: the copier's run-time messages offer other fixes
   * @param generatedAnnotation whether to put {@code @javax.annotation.processing.Generated} on the
   *     copier
   * @param suppressedWarnings the warnings a careful hand-written copy would suppress too: {@code
   *     rawtypes} and {@code unchecked} where it names raw or wildcard uses of generic classes (a
   *     library's {@code Schema}) and casts them for their copiers, {@code deprecation} and {@code
   *     removal} where it copies a library's deprecated properties, which it must not drop
   */
  public record Copied(
      ClassName type,
      ClassName copier,
      boolean publicCopier,
      boolean library,
      boolean generatedAnnotation,
      List<String> suppressedWarnings) {
    public Copied {
      suppressedWarnings = List.copyOf(suppressedWarnings);
    }
  }

  /**
   * How the copy is made.
   *
   * @param shape class, abstract class, record or constructed class: decides which methods exist
   * @param exactClass how {@code deepCopy} refuses an instance of a proper subclass that no
   *     permitted subclass's copy took: not at all for a final class or a record
   * @param subclasses for a sealed class, how each permitted subclass is copied; {@code deepCopy}
   *     hands an instance of one to it
   * @param factory the static method a constructed library class is built through, if it is no
   *     constructor (a delegating Jackson creator such as keycloak's {@code RawJsonValue.of})
   */
  public record Construction(
      Shape shape,
      ExactClass exactClass,
      List<CopyStrategy.Case> subclasses,
      Optional<String> factory) {
    public Construction {
      subclasses = List.copyOf(subclasses);
    }
  }

  /**
   * What is copied.
   *
   * @param superCopier the copier of a {@code @DeepCopy} superclass, whose {@code deepCopyInto}
   *     runs first
   * @param fields a class's properties to copy, superclass properties first, in declaration order
   * @param components a record's components, or a constructed class's fields, in the order its
   *     constructor takes them
   */
  public record Properties(
      Optional<CopyStrategy.UseCopier> superCopier,
      List<FieldCopy> fields,
      List<CopyStrategy.Component> components) {
    public Properties {
      fields = List.copyOf(fields);
      components = List.copyOf(components);
    }
  }

  /**
   * A generic type's parameters.
   *
   * @param variables the type's type parameters, in order; empty unless it is generic
   * @param operators the names of the copier's {@code UnaryOperator} parameters, one per type
   *     variable
   */
  public record TypeParameters(List<TypeVariableName> variables, List<String> operators) {
    public TypeParameters {
      variables = List.copyOf(variables);
      operators = List.copyOf(operators);
    }
  }

  /**
   * The graph facts.
   *
   * @param copiesGraphs whether the copier also copies graphs ({@code @DeepCopy(graph = true)}):
   *     shared objects copied once, cycles kept
   */
  public record GraphFacts(boolean copiesGraphs) {}

  /** The kinds of annotated type, each with its own set of generated methods. */
  public enum Shape {
    /** A concrete class: {@code deepCopy} and {@code deepCopyInto}. */
    CLASS,
    /** An abstract class: {@code deepCopyInto} only, for its subclasses' copiers to call. */
    ABSTRACT_CLASS,
    /** A record: {@code deepCopy} only, through the canonical constructor. */
    RECORD,
    /**
     * A class whose fields are all final (rule 10): {@code deepCopy} only, through its constructor.
     */
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

  /** The copied type as the copier's methods declare it: {@code Box<T>} for a generic one. */
  public TypeName targetType() {
    List<TypeVariableName> variables = typeParameters.variables();
    return variables.isEmpty()
        ? copied.type()
        : ParameterizedTypeName.get(copied.type(), variables.toArray(TypeName[]::new));
  }
}

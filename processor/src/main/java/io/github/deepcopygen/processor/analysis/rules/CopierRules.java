package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.library.Includes;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.CopierNames;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The copiers deepcopy-gen writes, as the rules use them: rule 4's call of another type's copier,
 * and the dispatch of an abstract library class to the copiers of the subclasses its package
 * includes.
 */
final class CopierRules {
  private final RuleTable strategies;
  private final Includes includes;
  private final Types types;

  CopierRules(RuleTable strategies, Includes includes, Types types) {
    this.strategies = strategies;
    this.includes = includes;
    this.types = types;
  }

  /** The copier of a {@code @DeepCopy} type, or the package's copier of an included class. */
  Optional<ClassName> copierOf(TypeElement element) {
    if (Annotations.isDeepCopyType(element)) {
      return Optional.of(CopierNames.copierOf(element));
    }
    return includes.copierOf(element);
  }

  /**
   * Rule 4: a call of the copier, with an operator for each type argument of a generic type. A raw
   * or wildcard use of a generic library class copies the unknown type arguments as JSON trees, as
   * the library's JSON mapping reads them.
   */
  Resolution useCopier(DeclaredType type, TypeElement element, ClassName copier) {
    boolean graph = Annotations.isGraphType(element);
    if (element.getTypeParameters().isEmpty()) {
      return Resolution.resolved(
          new CopyStrategy.UseCopier(copier, List.of(), graph, Optional.empty()));
    }
    boolean library = !Annotations.isDeepCopyType(element);
    if (type.getTypeArguments().isEmpty() && !library) {
      return Resolution.rawType(type);
    }
    List<CopyStrategy.Operator> arguments = new ArrayList<>();
    List<TypeName> viewed = new ArrayList<>();
    boolean unknown = type.getTypeArguments().isEmpty();
    for (int i = 0; i < element.getTypeParameters().size(); i++) {
      TypeMirror argument = unknown ? null : type.getTypeArguments().get(i);
      if (argument == null || (library && argument.getKind() == TypeKind.WILDCARD)) {
        unknown = true;
        arguments.add(new CopyStrategy.Operator(ClassName.OBJECT, strategies.jsonTree()));
        viewed.add(ClassName.OBJECT);
        continue;
      }
      Resolution resolution = strategies.resolve(argument);
      if (!(resolution instanceof Resolution.Resolved r)) {
        return Resolution.cyclesAreUnsupported(resolution);
      }
      arguments.add(new CopyStrategy.Operator(TypeName.get(argument), r.strategy()));
      viewed.add(TypeName.get(argument));
    }
    Optional<TypeName> castTo =
        unknown
            ? Optional.of(
                ParameterizedTypeName.get(ClassName.get(element), viewed.toArray(TypeName[]::new)))
            : Optional.empty();
    return Resolution.resolved(new CopyStrategy.UseCopier(copier, arguments, graph, castTo));
  }

  /**
   * A library class with subclasses its package includes (listed, or reached through the class's
   * {@code @JsonSubTypes}): each picked by the runtime class, then a concrete class's own copier;
   * empty when it has none. A library interface is copied the same way, by the implementations its
   * package includes: those its {@code @JsonSubTypes} names (as Jackson's polymorphic types do), or
   * those listed (swagger 2's {@code Model}, which a deserializer of its own resolves).
   */
  Optional<Resolution> librarySubclasses(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    Optional<ClassName> copier = includes.copierOf(element);
    boolean polymorphicInterface =
        element.getKind() == ElementKind.INTERFACE && !JdkClasses.isJdk(element);
    if (Annotations.isDeepCopyType(element) || (copier.isEmpty() && !polymorphicInterface)) {
      return Optional.empty();
    }
    List<TypeElement> subclasses =
        includes.concreteSubclassesOf(element, types).stream()
            .filter(
                subclass ->
                    type.getTypeArguments().isEmpty() || types.isSubtype(subclass.asType(), type))
            .toList();
    if (subclasses.isEmpty()) {
      return Optional.empty();
    }
    Optional<CopyStrategy> otherwise = Optional.empty();
    if (copier.isPresent() && !element.getModifiers().contains(Modifier.ABSTRACT)) {
      Resolution own = useCopier(type, element, copier.get());
      if (!(own instanceof Resolution.Resolved resolved)) {
        return Optional.of(own);
      }
      otherwise = Optional.of(resolved.strategy());
    }
    return Optional.of(dispatch(type, subclasses, otherwise));
  }

  /** The copy of a library class: the copier of whichever included subclass the value is. */
  private Resolution dispatch(
      DeclaredType type, List<TypeElement> subclasses, Optional<CopyStrategy> otherwise) {
    List<CopyStrategy.Case> cases = new ArrayList<>();
    for (TypeElement subclass : subclasses) {
      Resolution resolution =
          Resolution.cyclesAreUnsupported(strategies.resolve(subclass.asType()));
      if (!(resolution instanceof Resolution.Resolved resolved)) {
        return resolution;
      }
      cases.add(
          new CopyStrategy.Case(
              ClassName.get(subclass), TypeName.get(subclass.asType()), resolved.strategy()));
    }
    return Resolution.resolved(
        new CopyStrategy.Dispatch(TypeName.get(type), cases, false, otherwise));
  }
}

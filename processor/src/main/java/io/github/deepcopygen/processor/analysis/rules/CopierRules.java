package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.library.Includes;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.CopierNames;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
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

  /** Rule 4: a call of the copier, with an operator for each type argument of a generic type. */
  Resolution useCopier(DeclaredType type, TypeElement element, ClassName copier) {
    if (element.getTypeParameters().isEmpty()) {
      return Resolution.resolved(
          new CopyStrategy.UseCopier(copier, List.of(), Annotations.isGraphType(element)));
    }
    if (type.getTypeArguments().isEmpty()) {
      return Resolution.rawType(type);
    }
    List<CopyStrategy.Operator> arguments = new ArrayList<>();
    for (TypeMirror argument : type.getTypeArguments()) {
      Resolution resolution = strategies.resolve(argument);
      if (!(resolution instanceof Resolution.Resolved r)) {
        return Resolution.cyclesAreUnsupported(resolution);
      }
      arguments.add(new CopyStrategy.Operator(TypeName.get(argument), r.strategy()));
    }
    return Resolution.resolved(
        new CopyStrategy.UseCopier(copier, arguments, Annotations.isGraphType(element)));
  }

  /**
   * An abstract library class: each concrete subclass the package includes (listed, or reached
   * through the class's {@code @JsonSubTypes}), picked by the runtime class; empty when it has
   * none.
   */
  Optional<Resolution> librarySubclasses(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (Annotations.isDeepCopyType(element)
        || includes.copierOf(element).isEmpty()
        || !element.getTypeParameters().isEmpty()) {
      return Optional.empty();
    }
    List<TypeElement> subclasses = includes.concreteSubclassesOf(element, types);
    return subclasses.isEmpty() ? Optional.empty() : Optional.of(dispatch(type, subclasses));
  }

  /**
   * The copy of an abstract library class: the copier of whichever included subclass the value is.
   */
  private Resolution dispatch(DeclaredType type, List<TypeElement> subclasses) {
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
    return Resolution.resolved(new CopyStrategy.Dispatch(TypeName.get(type), cases, false));
  }
}

package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.rules.CompositeRules;
import io.github.deepcopygen.processor.analysis.rules.CopyStrategies;
import io.github.deepcopygen.processor.analysis.rules.Resolution;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.MissingSite;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * A copied class's place in its hierarchy: the copier of a copied superclass, whose {@code
 * deepCopyInto} runs first, and for a sealed class how each permitted subclass is copied.
 */
final class Inheritance {
  private final TypeElement type;
  private final CopyStrategies strategies;
  private final Findings findings;

  Inheritance(TypeElement type, CopyStrategies strategies, Findings findings) {
    this.type = type;
    this.strategies = strategies;
    this.findings = findings;
  }

  /** The superclass's copier, with an operator for each of its type arguments. */
  Optional<CopyStrategy.UseCopier> superCopier(DeclaredType superclass, String packageName) {
    TypeElement element = (TypeElement) superclass.asElement();
    if (!Visibility.isVisibleFrom(element, packageName)) {
      findings.problems.add(
          Problem.of(
              Message.INACCESSIBLE_SUPERCLASS,
              type,
              element.getQualifiedName(),
              packageName,
              element.getSimpleName()));
      return Optional.empty();
    }
    List<CopyStrategy.Operator> operators = new ArrayList<>();
    for (TypeMirror argument : superclass.getTypeArguments()) {
      Resolution resolution = Resolution.cyclesAreUnsupported(strategies.resolve(argument));
      if (resolution instanceof Resolution.Resolved resolved) {
        operators.add(new CopyStrategy.Operator(TypeName.get(argument), resolved.strategy()));
      } else if (resolution instanceof Resolution.Missing missing) {
        findings.missing(
            Problem.of(
                Message.MISSING_TYPE,
                type,
                MissingSite.SUPERCLASS_TYPE_ARGUMENT.describe(type.getSimpleName()),
                missing.type()),
            missing.type());
      } else {
        Explanation explanation = Findings.explanationOf(resolution);
        findings.problems.add(
            Problem.of(Message.UNSUPPORTED_TYPE_ARGUMENT, type, superclass, argument, explanation));
      }
    }
    return Optional.of(
        new CopyStrategy.UseCopier(
            strategies.copierOf(element).orElseThrow(),
            operators,
            Annotations.isGraphType(element),
            Optional.empty()));
  }

  /** For a sealed class: how its {@code deepCopy} copies each permitted subclass. */
  List<CopyStrategy.Case> subclassCases() {
    List<CopyStrategy.Case> cases = new ArrayList<>();
    for (CompositeRules.Permitted permitted : strategies.permittedOf(type)) {
      Resolution resolution = permitted.resolution();
      if (resolution instanceof Resolution.Resolved resolved) {
        cases.add(
            new CopyStrategy.Case(
                permitted.subtype().raw(),
                TypeName.get(permitted.subtype().type().orElseThrow()),
                resolved.strategy()));
      } else if (resolution instanceof Resolution.Missing missing) {
        findings.missing(
            Problem.of(
                Message.MISSING_TYPE,
                type,
                MissingSite.PERMITTED_SUBCLASS.describe(type.getSimpleName()),
                missing.type()),
            missing.type());
      } else {
        Explanation explanation = Findings.explanationOf(resolution);
        findings.problems.add(
            Problem.of(
                Message.UNCOPYABLE_SUBCLASS,
                type,
                type.getSimpleName(),
                permitted.subtype().raw().canonicalName(),
                explanation.why(),
                explanation.fix()));
      }
    }
    return cases;
  }
}

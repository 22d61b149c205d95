package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.analysis.rules.Resolution;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.MissingSite;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * What analysing one type has found wrong so far: every problem, so that all bad fields are
 * reported in one compile, and the types that do not exist yet, which may only defer the type.
 */
final class Findings {
  final List<Problem> problems = new ArrayList<>();

  /** What the user should know, which does not stop the copier from being written. */
  final List<Problem> warnings = new ArrayList<>();

  final List<String> missing = new ArrayList<>();

  /** The property's strategy, or empty after recording why it has none. */
  Optional<CopyStrategy> strategyOf(Resolution resolution, Property property) {
    if (resolution instanceof Resolution.Resolved resolved) {
      return Optional.of(resolved.strategy());
    }
    if (resolution instanceof Resolution.Missing m) {
      missing(
          Problem.of(
              Message.MISSING_TYPE,
              property.element(),
              MissingSite.FIELD.describe(property.name()),
              m.type()),
          m.type());
    } else if (resolution instanceof Resolution.MutableKey k) {
      problems.add(
          Problem.of(Message.MUTABLE_MAP_KEY, property.element(), property.name(), k.key()));
    } else {
      Resolution.Unsupported u = (Resolution.Unsupported) resolution;
      problems.add(
          Problem.of(
              Message.UNSUPPORTED_TYPE,
              property.element(),
              property.name(),
              property.type(),
              u.offending(),
              u.explanation()));
    }
    return Optional.empty();
  }

  /** A type that does not exist: an error if the last round comes and it still does not. */
  void missing(Problem problem, TypeMirror type) {
    missing.add(type.toString());
    problems.add(problem);
  }

  /** The explanation of a failed resolution other than a missing type. */
  static Explanation explanationOf(Resolution resolution) {
    if (resolution instanceof Resolution.MutableKey k) {
      return Explanation.of(Reason.MUTABLE_KEY, k.key());
    }
    return ((Resolution.Unsupported) resolution).explanation();
  }
}

package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.diagnostics.Reason;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Rejects what {@code @DeepCopy} cannot be put on: interfaces, enums, annotation types, inner and
 * private classes. Local classes never reach a processor (javac and ECJ leave them out of every
 * round).
 */
final class TargetCheck {
  private TargetCheck() {}

  static Optional<Problem> check(TypeElement type) {
    String name = type.getQualifiedName().toString();
    switch (type.getKind()) {
      case INTERFACE:
        return invalid(type, name, Explanation.of(Reason.TARGET_INTERFACE));
      case ENUM:
        return invalid(type, name, Explanation.of(Reason.TARGET_ENUM));
      case ANNOTATION_TYPE:
        return invalid(type, name, Explanation.of(Reason.TARGET_ANNOTATION));
      default:
        break;
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return invalid(type, name, Explanation.of(Reason.TARGET_INNER));
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return invalid(
            type,
            name,
            e == type
                ? Explanation.of(Reason.TARGET_PRIVATE)
                : Explanation.of(Reason.TARGET_IN_PRIVATE, e.getSimpleName()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> invalid(TypeElement type, String name, Explanation explanation) {
    return Optional.of(Problem.of(Message.INVALID_TARGET, type, name, explanation));
  }
}

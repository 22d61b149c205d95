package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Rejects what {@code @DeepCopy} cannot be put on: interfaces, enums, inner, local and private classes. */
final class TargetCheck {
  private TargetCheck() {}

  static Optional<Problem> check(TypeElement type) {
    String name = type.getQualifiedName().toString();
    switch (type.getKind()) {
      case INTERFACE:
        return invalid(type, name, "an interface",
            "annotate the classes that implement it, and give the interface a deepCopy() method"
                + " that they implement");
      case ENUM:
        return invalid(type, name, "an enum",
            "remove @DeepCopy: enum constants are shared, never copied");
      case ANNOTATION_TYPE:
        return invalid(type, name, "an annotation type", "remove @DeepCopy");
      default:
        break;
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return invalid(type, name, "a local class, which generated code cannot name",
          "move it to a top-level or static nested class");
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return invalid(type, name, "an inner class, whose instances belong to an enclosing instance",
          "make it a static nested class");
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return invalid(type, name,
            e == type ? "private" : "nested in the private class " + e.getSimpleName(),
            "make it package-private or public, so that its copier can see it");
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> invalid(TypeElement type, String name, String what, String fix) {
    return Optional.of(Problem.of(Message.INVALID_TARGET, type, name, what, fix));
  }
}

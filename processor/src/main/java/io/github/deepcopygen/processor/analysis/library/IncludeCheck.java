package io.github.deepcopygen.processor.analysis.library;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.analysis.jackson.JsonCreators;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.Constructors;
import io.github.deepcopygen.processor.lang.CopierNames;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Whether a class listed in {@code @DeepCopy.Include} can get a copier in the listing package at
 * all.
 */
public final class IncludeCheck {
  private IncludeCheck() {}

  public static Optional<Problem> check(
      Includes.IncludedClass entry, Includes siblings, String packageName, Elements elements) {
    TypeElement type = entry.type();
    if (type.getKind() != ElementKind.CLASS) {
      return invalid(
          entry,
          switch (type.getKind()) {
            case ENUM -> Explanation.of(Reason.INCLUDED_ENUM);
            case RECORD -> Explanation.of(Reason.INCLUDED_RECORD);
            default -> Explanation.of(Reason.INCLUDED_INTERFACE);
          });
    }
    if (Annotations.isDeepCopyType(type)) {
      return invalid(entry, Explanation.of(Reason.INCLUDED_DEEP_COPY_TYPE));
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return invalid(entry, Explanation.of(Reason.INCLUDED_INNER_CLASS));
    }
    if (!type.getModifiers().contains(Modifier.ABSTRACT)
        && !Constructors.hasVisibleNoArg(type, packageName)
        && JsonCreators.of(type, packageName, elements).isEmpty()) {
      return invalid(entry, Explanation.of(Reason.INCLUDED_WITHOUT_CONSTRUCTOR, packageName));
    }
    for (Includes.IncludedClass other : siblings.entries()) {
      if (other.type().equals(type)) {
        break; // only an earlier class in the list can take the name first
      }
      if (other.copier().equals(entry.copier())) {
        return invalid(
            entry,
            Explanation.of(
                Reason.INCLUDED_NAME_TAKEN,
                other.type().getQualifiedName(),
                entry.copier().simpleName()));
      }
    }
    Optional<ClassName> annotated = CopierNames.annotatedTypeCopiedAs(entry.site(), entry.copier());
    if (annotated.isPresent()) {
      return invalid(
          entry,
          Explanation.of(
              Reason.INCLUDED_NAME_OF_TYPE,
              annotated.get().canonicalName(),
              entry.copier().simpleName()));
    }
    return Optional.empty();
  }

  private static Optional<Problem> invalid(Includes.IncludedClass entry, Explanation explanation) {
    return Optional.of(
        Problem.of(
            Message.INVALID_INCLUDE,
            entry.type(),
            entry.described(),
            entry.site().getQualifiedName(),
            explanation));
  }
}

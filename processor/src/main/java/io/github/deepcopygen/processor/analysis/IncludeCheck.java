package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.diagnostics.Problem;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Whether a class listed in {@code @DeepCopy.Include} can get a copier in the listing package at all. */
final class IncludeCheck {
  private IncludeCheck() {}

  static Optional<Problem> check(Includes.Entry entry, Includes siblings, String packageName) {
    TypeElement type = entry.type();
    if (type.getKind() != ElementKind.CLASS) {
      return invalid(entry, switch (type.getKind()) {
        case ENUM -> Explanation.of(Reason.INCLUDED_ENUM);
        case RECORD -> Explanation.of(Reason.INCLUDED_RECORD);
        default -> Explanation.of(Reason.INCLUDED_INTERFACE);
      });
    }
    if (Annotations.isDeepCopyType(type)) {
      return invalid(entry, Explanation.of(Reason.INCLUDED_DEEP_COPY_TYPE));
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      return invalid(entry, Explanation.of(Reason.INCLUDED_INNER_CLASS));
    }
    if (!type.getModifiers().contains(Modifier.ABSTRACT) && !hasVisibleNoArgConstructor(type, packageName)) {
      return invalid(entry, Explanation.of(Reason.INCLUDED_WITHOUT_CONSTRUCTOR));
    }
    for (Includes.Entry other : siblings.entries()) {
      if (other.type().equals(type)) {
        break; // only an earlier class in the list can take the name first
      }
      if (other.copier().equals(entry.copier())) {
        return invalid(entry, Explanation.of(Reason.INCLUDED_NAME_TAKEN, other.type().getQualifiedName(),
            entry.copier().simpleName()));
      }
    }
    Optional<ClassName> annotated = deepCopyTypeCopiedAs(entry.site(), entry.copier());
    if (annotated.isPresent()) {
      return invalid(entry, Explanation.of(Reason.INCLUDED_NAME_OF_TYPE, annotated.get().canonicalName(),
          entry.copier().simpleName()));
    }
    return Optional.empty();
  }

  /** The @DeepCopy type of the package, top-level or nested, whose copier would be {@code copier}. */
  static Optional<ClassName> deepCopyTypeCopiedAs(PackageElement site, ClassName copier) {
    for (TypeElement type : ElementFilter.typesIn(site.getEnclosedElements())) {
      Optional<ClassName> found = deepCopyTypeCopiedAs(type, copier);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<ClassName> deepCopyTypeCopiedAs(TypeElement type, ClassName copier) {
    if (Annotations.isDeepCopyType(type) && CopierNames.copierOf(type).equals(copier)) {
      return Optional.of(ClassName.get(type));
    }
    for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
      Optional<ClassName> found = deepCopyTypeCopiedAs(member, copier);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean hasVisibleNoArgConstructor(TypeElement type, String packageName) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && Visibility.isVisibleFrom(constructor, packageName)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Problem> invalid(Includes.Entry entry, Explanation explanation) {
    return Optional.of(Problem.of(Message.INVALID_INCLUDE, entry.type(),
        entry.described(), entry.site().getQualifiedName(), explanation));
  }
}

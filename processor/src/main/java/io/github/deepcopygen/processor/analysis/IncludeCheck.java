package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.diagnostics.Message;
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
  private static final String USES_FIX = "remove it from the list, and copy it with a method named in"
      + " @DeepCopy(uses = ...) instead";

  private IncludeCheck() {}

  static Optional<Problem> check(Includes.Entry entry, Includes siblings, String packageName) {
    TypeElement type = entry.type();
    if (type.getKind() != ElementKind.CLASS) {
      String what = switch (type.getKind()) {
        case ENUM -> "it is an enum, and enum constants are shared, never copied";
        case RECORD -> "it is a record, which the copy rules already copy through its canonical"
            + " constructor";
        default -> "it is an interface, which has no state of its own to copy";
      };
      return invalid(entry, what, "remove it from the list");
    }
    if (CopyStrategies.isDeepCopyType(type)) {
      return invalid(entry, "it is @DeepCopy itself, so its own copier already copies it everywhere",
          "remove it from the list");
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      return invalid(entry, "it is an inner class, whose instances belong to an enclosing instance",
          USES_FIX);
    }
    if (!type.getModifiers().contains(Modifier.ABSTRACT) && !hasVisibleNoArgConstructor(type, packageName)) {
      return invalid(entry, "it has no public constructor without parameters, which deepCopy needs to"
          + " create the copy", USES_FIX);
    }
    for (Includes.Entry other : siblings.entries()) {
      if (other.type().equals(type)) {
        break; // only an earlier class in the list can take the name first
      }
      if (other.copier().equals(entry.copier())) {
        return invalid(entry, "so is " + other.type().getQualifiedName() + ", whose copier has the same"
            + " name, " + entry.copier().simpleName(), "list one of them on another package");
      }
    }
    Optional<ClassName> annotated = deepCopyTypeCopiedAs(entry.site(), entry.copier());
    if (annotated.isPresent()) {
      return invalid(entry, "the @DeepCopy type " + annotated.get().canonicalName() + " has a copier of"
          + " the same name, " + entry.copier().simpleName(), "list it on another package");
    }
    return Optional.empty();
  }

  /** The @DeepCopy type of the package, top-level or nested, whose copier would be {@code copier}. */
  private static Optional<ClassName> deepCopyTypeCopiedAs(PackageElement site, ClassName copier) {
    for (TypeElement type : ElementFilter.typesIn(site.getEnclosedElements())) {
      Optional<ClassName> found = deepCopyTypeCopiedAs(type, copier);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<ClassName> deepCopyTypeCopiedAs(TypeElement type, ClassName copier) {
    if (CopyStrategies.isDeepCopyType(type) && CopierNames.copierOf(type).equals(copier)) {
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

  private static Optional<Problem> invalid(Includes.Entry entry, String what, String fix) {
    return Optional.of(Problem.of(Message.INVALID_INCLUDE, entry.type(),
        entry.type().getQualifiedName(), entry.site().getQualifiedName(), what, fix));
  }
}

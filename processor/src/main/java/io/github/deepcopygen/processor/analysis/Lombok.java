package io.github.deepcopygen.processor.analysis;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What Lombok will write into a class, read from its {@code lombok.*} annotations by name: for the round
 * in which deepcopy-gen runs before Lombok and the class does not have those members yet. Only Lombok's
 * defaults are known here (no {@code lombok.config}); {@link LombokPromises} checks in the next round
 * that Lombok kept each promise, so a different configuration is an error, never a wrong copy.
 */
final class Lombok {
  private static final String PACKAGE = "lombok.";

  private Lombok() {}

  /** Whether the class or one of its fields carries a Lombok annotation. */
  static boolean marks(TypeElement type) {
    if (hasAny(type)) {
      return true;
    }
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream().anyMatch(Lombok::hasAny);
  }

  /** Whether Lombok makes every instance field of the class final: {@code @Value}. */
  static boolean makesFieldsFinal(TypeElement type) {
    return has(type, "lombok.Value");
  }

  /**
   * Whether Lombok writes a constructor taking every instance field in declaration order, which the
   * copier's package can call: {@code @AllArgsConstructor}, or {@code @Value} on a class with no
   * constructor of its own and no other Lombok constructor.
   */
  static boolean writesAllArgsConstructor(TypeElement type, Elements elements) {
    Optional<AnnotationMirror> allArgs = annotation(type, "lombok.AllArgsConstructor");
    if (allArgs.isPresent()) {
      return callable(attribute(allArgs.get(), "access").orElse("PUBLIC"));
    }
    return has(type, "lombok.Value") && !has(type, "lombok.NoArgsConstructor")
        && !has(type, "lombok.RequiredArgsConstructor") && !hasOwnConstructor(type, elements);
  }

  /** The getter Lombok writes for {@code field}, if the copier's package can call it. */
  static Optional<String> getter(VariableElement field) {
    if (field.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    Optional<String> level = level(field, "lombok.Getter")
        .or(() -> level(owner, "lombok.Getter"))
        .or(() -> has(owner, "lombok.Data") || has(owner, "lombok.Value") ? Optional.of("PUBLIC") : Optional.empty());
    if (level.isEmpty() || !callable(level.get())) {
      return Optional.empty();
    }
    String name = field.getSimpleName().toString();
    if (field.asType().getKind() == TypeKind.BOOLEAN) {
      // Lombok names the getter of a boolean isActive isActive(), not isIsActive().
      return Optional.of(hasIsPrefix(name) ? name : "is" + capitalized(name));
    }
    return Optional.of("get" + capitalized(name));
  }

  /** The setter Lombok writes for {@code field}, if the copier's package can call it. */
  static Optional<String> setter(VariableElement field) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.FINAL)
        || has(owner, "lombok.Value")) {
      return Optional.empty();
    }
    Optional<String> level = level(field, "lombok.Setter")
        .or(() -> level(owner, "lombok.Setter"))
        .or(() -> has(owner, "lombok.Data") ? Optional.of("PUBLIC") : Optional.empty());
    if (level.isEmpty() || !callable(level.get())) {
      return Optional.empty();
    }
    String name = field.getSimpleName().toString();
    boolean bool = field.asType().getKind() == TypeKind.BOOLEAN && hasIsPrefix(name);
    return Optional.of("set" + capitalized(bool ? name.substring(2) : name));
  }

  /**
   * Whether Lombok writes a constructor without parameters that the copier's package can call:
   * {@code @NoArgsConstructor}, or the required-arguments constructor of {@code @Data} when the class has
   * no constructor of its own, no other Lombok constructor and no field that constructor would take.
   */
  static boolean writesNoArgConstructor(TypeElement type, Elements elements) {
    Optional<AnnotationMirror> noArgs = annotation(type, "lombok.NoArgsConstructor");
    if (noArgs.isPresent()) {
      return callable(attribute(noArgs.get(), "access").orElse("PUBLIC"));
    }
    if (!has(type, "lombok.Data") || has(type, "lombok.AllArgsConstructor")
        || has(type, "lombok.RequiredArgsConstructor") || has(type, "lombok.Builder")
        || hasOwnConstructor(type, elements)) {
      return false;
    }
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .noneMatch(f -> !f.getModifiers().contains(Modifier.STATIC)
            && (f.getModifiers().contains(Modifier.FINAL) && f.getConstantValue() == null
                || f.getAnnotationMirrors().stream().anyMatch(m -> name(m).endsWith(".NonNull"))));
  }

  /**
   * Whether Lombok writes any constructor, which takes the place of the one javac gives a class that
   * declares none: a no-argument constructor seen before Lombok ran may then be gone.
   */
  static boolean writesConstructor(TypeElement type, Elements elements) {
    if (has(type, "lombok.NoArgsConstructor") || has(type, "lombok.AllArgsConstructor")
        || has(type, "lombok.RequiredArgsConstructor")) {
      return true;
    }
    return (has(type, "lombok.Data") || has(type, "lombok.Value") || has(type, "lombok.Builder"))
        && !hasOwnConstructor(type, elements);
  }

  private static boolean hasOwnConstructor(TypeElement type, Elements elements) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> elements.getOrigin(c) != Elements.Origin.MANDATED);
  }

  private static boolean callable(String level) {
    return !level.equals("NONE") && !level.equals("PRIVATE");
  }

  private static boolean hasIsPrefix(String name) {
    return name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2));
  }

  /** The access level an annotation such as {@code @Getter(AccessLevel.PACKAGE)} gives, if present. */
  private static Optional<String> level(Element element, String annotation) {
    return annotation(element, annotation).map(mirror -> attribute(mirror, "value").orElse("PUBLIC"));
  }

  private static Optional<String> attribute(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)
          && entry.getValue().getValue() instanceof VariableElement constant
          && constant.getKind() == ElementKind.ENUM_CONSTANT) {
        return Optional.of(constant.getSimpleName().toString());
      }
    }
    return Optional.empty();
  }

  private static boolean has(Element element, String annotation) {
    return annotation(element, annotation).isPresent();
  }

  private static Optional<AnnotationMirror> annotation(Element element, String annotation) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> name(mirror).equals(annotation))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }

  private static boolean hasAny(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(mirror -> name(mirror).startsWith(PACKAGE));
  }

  private static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static String capitalized(String name) {
    return Getters.capitalized(name);
  }
}

package io.github.deepcopygen.processor.analysis.lombok;

import io.github.deepcopygen.processor.lang.JavaBeans;
import java.util.List;
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
public final class Lombok {
  private static final String PACKAGE = "lombok.";
  private static final String FIELD_DEFAULTS = "lombok.experimental.FieldDefaults";
  private static final String ACCESSORS = "lombok.experimental.Accessors";

  private Lombok() {}

  /** Whether the class or one of its fields carries a Lombok annotation. */
  public static boolean marks(TypeElement type) {
    if (hasAny(type)) {
      return true;
    }
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream().anyMatch(Lombok::hasAny);
  }

  /**
   * Whether Lombok makes every instance field of the class final: {@code @Value}, or
   * {@code @FieldDefaults(makeFinal = true)}.
   */
  public static boolean makesFieldsFinal(TypeElement type) {
    return has(type, "lombok.Value")
        || annotation(type, FIELD_DEFAULTS).flatMap(m -> flag(m, "makeFinal")).orElse(false);
  }

  /**
   * Whether Lombok makes every instance field of the class private, so that the copier must read them
   * through getters even where it sees them now: {@code @Value}, or {@code @FieldDefaults(level = PRIVATE)}.
   */
  public static boolean makesFieldsPrivate(TypeElement type) {
    return has(type, "lombok.Value")
        || annotation(type, FIELD_DEFAULTS).flatMap(m -> attribute(m, "level")).filter("PRIVATE"::equals)
            .isPresent();
  }

  /** Whether Lombok makes the class final: {@code @Value} without {@code @NonFinal} on the class. */
  public static boolean makesClassFinal(TypeElement type) {
    return has(type, "lombok.Value") && !has(type, "lombok.experimental.NonFinal");
  }

  /**
   * Whether Lombok writes a constructor taking every instance field in declaration order, which the
   * copier's package can call: {@code @AllArgsConstructor}, or {@code @Value} on a class with no
   * constructor of its own and no other Lombok constructor.
   */
  public static boolean writesAllArgsConstructor(TypeElement type, Elements elements) {
    Optional<AnnotationMirror> allArgs = annotation(type, "lombok.AllArgsConstructor");
    if (allArgs.isPresent()) {
      return callable(attribute(allArgs.get(), "access").orElse("PUBLIC"));
    }
    // A parameterless constructor is taken for the compiler's default one, which ECJ, unlike javac,
    // reports as explicit: one written by hand would have to assign every field @Value makes final, and
    // if someone did, the next round finds Lombok's constructor missing and says so.
    return has(type, "lombok.Value") && !has(type, "lombok.NoArgsConstructor")
        && !has(type, "lombok.RequiredArgsConstructor")
        && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .allMatch(c -> c.getParameters().isEmpty() || elements.getOrigin(c) == Elements.Origin.MANDATED);
  }

  /** The getter Lombok writes for {@code field}, if the copier's package can call it. */
  public static Optional<String> getter(VariableElement field) {
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
    Optional<String> base = baseName(field);
    if (base.isEmpty() || fluent(field)) {
      return base;
    }
    String name = base.get();
    if (field.asType().getKind() == TypeKind.BOOLEAN) {
      // Lombok names the getter of a boolean isActive isActive(), not isIsActive().
      return Optional.of(hasIsPrefix(name) ? name : JavaBeans.booleanGetterName(name));
    }
    return Optional.of(JavaBeans.getterName(name));
  }

  /**
   * The names under which Lombok, run already, may have written the getter of {@code field}: the one its
   * annotations give, then the field's own, which {@code lombok.accessors.fluent} in a
   * {@code lombok.config} (not read here) gives.
   */
  public static List<String> writtenGetterNames(VariableElement field) {
    return withFieldName(getter(field), field);
  }

  /** As {@link #writtenGetterNames}, for the setter. */
  public static List<String> writtenSetterNames(VariableElement field) {
    return withFieldName(setter(field), field);
  }

  private static List<String> withFieldName(Optional<String> predicted, VariableElement field) {
    String own = field.getSimpleName().toString();
    return predicted.filter(name -> !name.equals(own)).map(name -> List.of(name, own)).orElse(List.of(own));
  }

  /** The setter Lombok writes for {@code field}, if the copier's package can call it. */
  public static Optional<String> setter(VariableElement field) {
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
    Optional<String> base = baseName(field);
    if (base.isEmpty() || fluent(field)) {
      return base;
    }
    String name = base.get();
    boolean bool = field.asType().getKind() == TypeKind.BOOLEAN && hasIsPrefix(name);
    return Optional.of(JavaBeans.setterName(bool ? name.substring(2) : name));
  }

  /**
   * The {@code @Accessors} that governs {@code field}: its own, else its class's, else an enclosing
   * class's, as Lombok looks them up.
   */
  private static Optional<AnnotationMirror> accessors(VariableElement field) {
    for (Element at = field; at instanceof VariableElement || at instanceof TypeElement;
        at = at.getEnclosingElement()) {
      Optional<AnnotationMirror> found = annotation(at, ACCESSORS);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Whether accessors are named like the field itself: {@code @Accessors(fluent = true)}. */
  private static boolean fluent(VariableElement field) {
    return accessors(field).flatMap(m -> flag(m, "fluent")).orElse(false);
  }

  /**
   * The field's name without the first {@code @Accessors(prefix = …)} it starts with; none when it
   * starts with none of them, for which Lombok writes no accessor at all.
   */
  private static Optional<String> baseName(VariableElement field) {
    String name = field.getSimpleName().toString();
    List<String> prefixes = accessors(field).map(m -> strings(m, "prefix")).orElse(List.of());
    if (prefixes.isEmpty()) {
      return Optional.of(name);
    }
    for (String prefix : prefixes) {
      if (prefix.isEmpty()) {
        return Optional.of(name);
      }
      if (name.length() > prefix.length() && name.startsWith(prefix)) {
        char next = name.charAt(prefix.length());
        // A prefix ending in a letter needs a capital after it: "m" strips from mName, not from mode.
        if (!Character.isLetter(prefix.charAt(prefix.length() - 1)) || !Character.isLowerCase(next)) {
          String rest = name.substring(prefix.length());
          return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether Lombok writes a constructor without parameters that the copier's package can call:
   * {@code @NoArgsConstructor}, or the required-arguments constructor of {@code @Data} when the class has
   * no constructor of its own, no other Lombok constructor and no field that constructor would take.
   */
  public static boolean writesNoArgConstructor(TypeElement type, Elements elements) {
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
  public static boolean writesConstructor(TypeElement type, Elements elements) {
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

  private static Optional<Boolean> flag(AnnotationMirror mirror, String name) {
    return value(mirror, name).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  private static List<String> strings(AnnotationMirror mirror, String name) {
    return value(mirror, name)
        .filter(List.class::isInstance)
        .map(values -> ((List<?>) values).stream()
            .map(v -> String.valueOf(((AnnotationValue) v).getValue())).toList())
        .orElse(List.of());
  }

  private static Optional<Object> value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.ofNullable(entry.getValue().getValue());
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
}

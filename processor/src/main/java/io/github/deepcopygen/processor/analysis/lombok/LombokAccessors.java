package io.github.deepcopygen.processor.analysis.lombok;

import io.github.deepcopygen.processor.lang.JavaBeans;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * The accessors Lombok writes for a field and the names it gives them ({@code @Getter},
 * {@code @Setter}, {@code @Data}, {@code @Value}, {@code @Accessors} and {@code @FieldDefaults}),
 * with Lombok's defaults; {@link LombokPromises} checks them in the next round.
 */
public final class LombokAccessors {
  private LombokAccessors() {}

  /** The getter Lombok writes for {@code field}, if the copier's package can call it. */
  public static Optional<String> getter(VariableElement field) {
    if (field.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    Optional<String> level =
        LombokAnnotations.level(field, "lombok.Getter")
            .or(() -> LombokAnnotations.level(owner, "lombok.Getter"))
            .or(
                () ->
                    LombokAnnotations.has(owner, "lombok.Data")
                            || LombokAnnotations.has(owner, "lombok.Value")
                        ? Optional.of("PUBLIC")
                        : Optional.empty());
    if (level.isEmpty() || !LombokAnnotations.callable(level.get())) {
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
   * The names under which Lombok, run already, may have written the getter of {@code field}: the
   * one its annotations give, then the field's own, which {@code lombok.accessors.fluent} in a
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
    return predicted
        .filter(name -> !name.equals(own))
        .map(name -> List.of(name, own))
        .orElse(List.of(own));
  }

  /** The setter Lombok writes for {@code field}, if the copier's package can call it. */
  public static Optional<String> setter(VariableElement field) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    if (field.getModifiers().contains(Modifier.STATIC)
        || field.getModifiers().contains(Modifier.FINAL)
        || LombokAnnotations.has(owner, "lombok.Value")) {
      return Optional.empty();
    }
    Optional<String> level =
        LombokAnnotations.level(field, "lombok.Setter")
            .or(() -> LombokAnnotations.level(owner, "lombok.Setter"))
            .or(
                () ->
                    LombokAnnotations.has(owner, "lombok.Data")
                        ? Optional.of("PUBLIC")
                        : Optional.empty());
    if (level.isEmpty() || !LombokAnnotations.callable(level.get())) {
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
    for (Element at = field;
        at instanceof VariableElement || at instanceof TypeElement;
        at = at.getEnclosingElement()) {
      Optional<AnnotationMirror> found =
          LombokAnnotations.annotation(at, LombokAnnotations.ACCESSORS);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Whether accessors are named like the field itself: {@code @Accessors(fluent = true)}. */
  private static boolean fluent(VariableElement field) {
    return accessors(field).flatMap(m -> LombokAnnotations.flag(m, "fluent")).orElse(false);
  }

  /**
   * The field's name without the first {@code @Accessors(prefix = …)} it starts with; none when it
   * starts with none of them, for which Lombok writes no accessor at all.
   */
  private static Optional<String> baseName(VariableElement field) {
    String name = field.getSimpleName().toString();
    List<String> prefixes =
        accessors(field).map(m -> LombokAnnotations.strings(m, "prefix")).orElse(List.of());
    if (prefixes.isEmpty()) {
      return Optional.of(name);
    }
    for (String prefix : prefixes) {
      if (prefix.isEmpty()) {
        return Optional.of(name);
      }
      if (name.length() > prefix.length() && name.startsWith(prefix)) {
        char next = name.charAt(prefix.length());
        // A prefix ending in a letter needs a capital after it: "m" strips from mName, not from
        // mode.
        if (!Character.isLetter(prefix.charAt(prefix.length() - 1))
            || !Character.isLowerCase(next)) {
          String rest = name.substring(prefix.length());
          return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasIsPrefix(String name) {
    return name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2));
  }
}

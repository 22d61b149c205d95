package io.github.deepcopygen.processor.analysis.lombok;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What Lombok will write into a class, read from its {@code lombok.*} annotations by name: for the
 * round in which deepcopy-gen runs before Lombok and the class does not have those members yet.
 * Only Lombok's defaults are known here (no {@code lombok.config}); {@link LombokPromises} checks
 * in the next round that Lombok kept each promise, so a different configuration is an error, never
 * a wrong copy.
 */
public final class Lombok {
  private Lombok() {}

  /** Whether the class or one of its fields carries a Lombok annotation. */
  public static boolean marks(TypeElement type) {
    if (LombokAnnotations.hasAny(type)) {
      return true;
    }
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .anyMatch(LombokAnnotations::hasAny);
  }

  /**
   * Whether Lombok makes every instance field of the class final: {@code @Value}, or
   * {@code @FieldDefaults(makeFinal = true)}.
   */
  public static boolean makesFieldsFinal(TypeElement type) {
    return LombokAnnotations.has(type, "lombok.Value")
        || LombokAnnotations.annotation(type, LombokAnnotations.FIELD_DEFAULTS)
            .flatMap(m -> LombokAnnotations.flag(m, "makeFinal"))
            .orElse(false);
  }

  /**
   * Whether Lombok makes every instance field of the class private, so that the copier must read
   * them through getters even where it sees them now: {@code @Value}, or
   * {@code @FieldDefaults(level = PRIVATE)}.
   */
  public static boolean makesFieldsPrivate(TypeElement type) {
    return LombokAnnotations.has(type, "lombok.Value")
        || LombokAnnotations.annotation(type, LombokAnnotations.FIELD_DEFAULTS)
            .flatMap(m -> LombokAnnotations.attribute(m, "level"))
            .filter("PRIVATE"::equals)
            .isPresent();
  }

  /**
   * Whether Lombok makes the class final: {@code @Value} without {@code @NonFinal} on the class.
   */
  public static boolean makesClassFinal(TypeElement type) {
    return LombokAnnotations.has(type, "lombok.Value")
        && !LombokAnnotations.has(type, "lombok.experimental.NonFinal");
  }

  /**
   * Whether Lombok writes a constructor taking every instance field in declaration order, which the
   * copier's package can call: {@code @AllArgsConstructor}, or {@code @Value} on a class with no
   * constructor of its own and no other Lombok constructor.
   */
  public static boolean writesAllArgsConstructor(TypeElement type, Elements elements) {
    Optional<AnnotationMirror> allArgs =
        LombokAnnotations.annotation(type, "lombok.AllArgsConstructor");
    if (allArgs.isPresent()) {
      return LombokAnnotations.callable(
          LombokAnnotations.attribute(allArgs.get(), "access").orElse("PUBLIC"));
    }
    // A parameterless constructor is taken for the compiler's default one, which ECJ, unlike javac,
    // reports as explicit: one written by hand would have to assign every field @Value makes final,
    // and if someone did, the next round finds Lombok's constructor missing and says so.
    return LombokAnnotations.has(type, "lombok.Value")
        && !LombokAnnotations.has(type, "lombok.NoArgsConstructor")
        && !LombokAnnotations.has(type, "lombok.RequiredArgsConstructor")
        && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .allMatch(
                c ->
                    c.getParameters().isEmpty()
                        || elements.getOrigin(c) == Elements.Origin.MANDATED);
  }

  /**
   * Whether Lombok writes a constructor without parameters that the copier's package can call:
   * {@code @NoArgsConstructor}, or the required-arguments constructor of {@code @Data} when the
   * class has no constructor of its own, no other Lombok constructor and no field that constructor
   * would take.
   */
  public static boolean writesNoArgConstructor(TypeElement type, Elements elements) {
    Optional<AnnotationMirror> noArgs =
        LombokAnnotations.annotation(type, "lombok.NoArgsConstructor");
    if (noArgs.isPresent()) {
      return LombokAnnotations.callable(
          LombokAnnotations.attribute(noArgs.get(), "access").orElse("PUBLIC"));
    }
    if (!LombokAnnotations.has(type, "lombok.Data")
        || LombokAnnotations.has(type, "lombok.AllArgsConstructor")
        || LombokAnnotations.has(type, "lombok.RequiredArgsConstructor")
        || LombokAnnotations.has(type, "lombok.Builder")
        || hasOwnConstructor(type, elements)) {
      return false;
    }
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .noneMatch(
            f ->
                !f.getModifiers().contains(Modifier.STATIC)
                    && (f.getModifiers().contains(Modifier.FINAL) && f.getConstantValue() == null
                        || f.getAnnotationMirrors().stream()
                            .anyMatch(m -> LombokAnnotations.name(m).endsWith(".NonNull"))));
  }

  /**
   * Whether Lombok writes any constructor, which takes the place of the one javac gives a class
   * that declares none: a no-argument constructor seen before Lombok ran may then be gone.
   */
  public static boolean writesConstructor(TypeElement type, Elements elements) {
    if (LombokAnnotations.has(type, "lombok.NoArgsConstructor")
        || LombokAnnotations.has(type, "lombok.AllArgsConstructor")
        || LombokAnnotations.has(type, "lombok.RequiredArgsConstructor")) {
      return true;
    }
    return (LombokAnnotations.has(type, "lombok.Data")
            || LombokAnnotations.has(type, "lombok.Value")
            || LombokAnnotations.has(type, "lombok.Builder"))
        && !hasOwnConstructor(type, elements);
  }

  private static boolean hasOwnConstructor(TypeElement type, Elements elements) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> elements.getOrigin(c) != Elements.Origin.MANDATED);
  }
}

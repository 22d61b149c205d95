package io.github.deepcopygen.processor.analysis.lombok;

import io.github.deepcopygen.processor.lang.Annotations;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Lombok's annotations read by name, as javac presents them before Lombok has run. */
final class LombokAnnotations {

  static final String PACKAGE = "lombok.";
  static final String FIELD_DEFAULTS = "lombok.experimental.FieldDefaults";
  static final String ACCESSORS = "lombok.experimental.Accessors";

  private LombokAnnotations() {}

  static boolean callable(String level) {
    return !level.equals("NONE") && !level.equals("PRIVATE");
  }

  /**
   * The access level an annotation such as {@code @Getter(AccessLevel.PACKAGE)} gives, if present.
   */
  static Optional<String> level(Element element, String annotation) {
    return annotation(element, annotation)
        .map(mirror -> attribute(mirror, "value").orElse("PUBLIC"));
  }

  static Optional<String> attribute(AnnotationMirror mirror, String name) {
    return Annotations.attribute(mirror, name)
        .map(AnnotationValue::getValue)
        .filter(VariableElement.class::isInstance)
        .map(VariableElement.class::cast)
        .filter(constant -> constant.getKind() == ElementKind.ENUM_CONSTANT)
        .map(constant -> constant.getSimpleName().toString());
  }

  static Optional<Boolean> flag(AnnotationMirror mirror, String name) {
    return value(mirror, name).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  static List<String> strings(AnnotationMirror mirror, String name) {
    return value(mirror, name)
        .filter(List.class::isInstance)
        .map(
            values ->
                ((List<?>) values)
                    .stream().map(v -> String.valueOf(((AnnotationValue) v).getValue())).toList())
        .orElse(List.of());
  }

  static Optional<Object> value(AnnotationMirror mirror, String name) {
    return Annotations.attribute(mirror, name).map(AnnotationValue::getValue);
  }

  static boolean has(Element element, String annotation) {
    return annotation(element, annotation).isPresent();
  }

  static Optional<AnnotationMirror> annotation(Element element, String annotation) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> name(mirror).equals(annotation))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }

  static boolean hasAny(Element element) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(mirror -> name(mirror).startsWith(PACKAGE));
  }

  static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}

package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The subclasses a polymorphic class names in Jackson's {@code @JsonSubTypes}, on itself or on a
 * superclass, as Jackson looks them up: the classes a value of it may be in a JSON document.
 */
public final class JsonSubtypes {
  static final String JSON_SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";

  private JsonSubtypes() {}

  /** The classes named, in the order named, nearest annotation first. */
  public static List<TypeElement> of(TypeElement type) {
    List<TypeElement> named = new ArrayList<>();
    for (TypeElement current = type; current != null; current = superclassOf(current)) {
      for (AnnotationMirror mirror : current.getAnnotationMirrors()) {
        if (Annotations.isAnnotation(mirror, JSON_SUB_TYPES)) {
          for (AnnotationMirror subtype : nested(Annotations.attribute(mirror, "value"))) {
            Annotations.attribute(subtype, "value").stream()
                .flatMap(value -> Annotations.classesIn(value).stream())
                .map(Annotations.NamedClass::type)
                .filter(element -> !named.contains(element))
                .forEach(named::add);
          }
        }
      }
    }
    return named;
  }

  private static TypeElement superclassOf(TypeElement type) {
    return type.getSuperclass().getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type.getSuperclass()).asElement()
        : null;
  }

  /** The annotations in an array of them; one written without braces arrives as itself. */
  private static List<AnnotationMirror> nested(Optional<AnnotationValue> value) {
    List<AnnotationMirror> out = new ArrayList<>();
    Object held = value.map(AnnotationValue::getValue).orElse(List.of());
    for (Object item : held instanceof List<?> list ? list : List.of(value.get())) {
      if (((AnnotationValue) item).getValue() instanceof AnnotationMirror mirror) {
        out.add(mirror);
      }
    }
    return out;
  }
}

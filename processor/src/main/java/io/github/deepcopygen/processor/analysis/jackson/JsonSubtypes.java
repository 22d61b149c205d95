package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
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
          for (AnnotationMirror subtype : nested(value(mirror))) {
            Object named0 = value(subtype) == null ? null : value(subtype).getValue();
            if (named0 instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && !named.contains(element)) {
              named.add(element);
            }
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

  /** The {@code value} attribute of an annotation, as written (null when left to its default). */
  private static AnnotationValue value(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The annotations in an array of them; one written without braces arrives as itself. */
  private static List<AnnotationMirror> nested(AnnotationValue value) {
    List<AnnotationMirror> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.getValue() instanceof List<?> list) {
      for (Object item : list) {
        if (((AnnotationValue) item).getValue() instanceof AnnotationMirror mirror) {
          out.add(mirror);
        }
      }
    } else if (value.getValue() instanceof AnnotationMirror mirror) {
      out.add(mirror);
    }
    return out;
  }
}

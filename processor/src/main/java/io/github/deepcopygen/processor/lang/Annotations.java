package io.github.deepcopygen.processor.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** deepcopy-gen's annotations, recognised by name: the processor never loads them as classes. */
public final class Annotations {
  public static final String DEEP_COPY = "io.github.deepcopygen.DeepCopy";
  public static final String IMMUTABLE = "io.github.deepcopygen.DeepCopy.Immutable";
  public static final String SHALLOW = "io.github.deepcopygen.DeepCopy.Shallow";
  public static final String JSON_TREE = "io.github.deepcopygen.DeepCopy.JsonTree";
  public static final String INCLUDE = "io.github.deepcopygen.DeepCopy.Include";

  /** Names a constructor's parameters for copy rule 10. */
  public static final String CONSTRUCTOR_PROPERTIES = "java.beans.ConstructorProperties";

  private Annotations() {}

  public static boolean isDeepCopyType(TypeElement element) {
    return hasAnnotation(element, DEEP_COPY);
  }

  /** Whether {@code element} is {@code @DeepCopy(graph = true)}: its copier also copies graphs. */
  public static boolean isGraphType(TypeElement element) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> isAnnotation(mirror, DEEP_COPY))
        .flatMap(mirror -> attribute(mirror, "graph").stream())
        .anyMatch(graph -> Boolean.TRUE.equals(graph.getValue()));
  }

  /** The attribute {@code name} as written on the annotation; empty when left to its default. */
  public static Optional<AnnotationValue> attribute(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  public static boolean hasAnnotation(Element element, String name) {
    return element.getAnnotationMirrors().stream().anyMatch(mirror -> isAnnotation(mirror, name));
  }

  public static boolean isAnnotation(AnnotationMirror mirror, String name) {
    return ((TypeElement) mirror.getAnnotationType().asElement())
        .getQualifiedName()
        .contentEquals(name);
  }

  /** The strings of a {@code String[]} attribute; one string may be written without braces. */
  public static List<String> stringsIn(AnnotationValue attribute) {
    List<String> strings = new ArrayList<>();
    if (attribute.getValue() instanceof List<?> list) {
      for (Object item : list) {
        strings.add(String.valueOf(((AnnotationValue) item).getValue()));
      }
    } else {
      strings.add(String.valueOf(attribute.getValue()));
    }
    return strings;
  }

  /** One class named in a class-valued attribute, with the value to point errors at. */
  public record NamedClass(AnnotationValue value, TypeElement type) {}

  /**
   * The classes a {@code Class[]} attribute names. A one-class array may be written without braces,
   * and then the value is the class itself; a class that does not exist arrives as a string or an
   * error type, which the compiler reports already, so it is left out.
   */
  public static List<NamedClass> classesIn(AnnotationValue attribute) {
    List<AnnotationValue> values = new ArrayList<>();
    if (attribute.getValue() instanceof List<?> list) {
      for (Object item : list) {
        values.add((AnnotationValue) item);
      }
    } else {
      values.add(attribute);
    }
    List<NamedClass> named = new ArrayList<>();
    for (AnnotationValue value : values) {
      if (value.getValue() instanceof TypeMirror type
          && type instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement element) {
        named.add(new NamedClass(value, element));
      }
    }
    return named;
  }
}

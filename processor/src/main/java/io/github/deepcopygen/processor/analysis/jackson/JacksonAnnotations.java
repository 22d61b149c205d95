package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.Annotations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Jackson's annotations, read by name (the processor depends on no Jackson): the same package
 * serves Jackson 2 and 3. Jackson lets a method inherit the annotations of the methods it
 * overrides, in superclasses and interfaces alike, so a class's accessor is annotated when any
 * method it overrides is: Strimzi's classes take {@code @JsonAnyGetter} from the interface they
 * implement.
 */
final class JacksonAnnotations {
  static final String ANY_GETTER = "com.fasterxml.jackson.annotation.JsonAnyGetter";
  static final String ANY_SETTER = "com.fasterxml.jackson.annotation.JsonAnySetter";
  static final String PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  static final String IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

  private final Elements elements;

  JacksonAnnotations(Elements elements) {
    this.elements = elements;
  }

  /**
   * Whether {@code method}, a member of {@code type}, or a method it overrides carries {@code
   * name}.
   */
  boolean annotated(ExecutableElement method, TypeElement type, String name) {
    return annotation(method, type, name).isPresent();
  }

  /** The annotation {@code name} on {@code method} or on a method it overrides, nearest first. */
  Optional<AnnotationMirror> annotation(ExecutableElement method, TypeElement type, String name) {
    Optional<AnnotationMirror> own = on(method, name);
    if (own.isPresent()) {
      return own;
    }
    Deque<TypeElement> pending = new ArrayDeque<>();
    Set<TypeElement> seen = new HashSet<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      TypeElement current = pending.poll();
      if (!seen.add(current)) {
        continue;
      }
      for (ExecutableElement other : ElementFilter.methodsIn(current.getEnclosedElements())) {
        if (other != method && elements.overrides(method, other, type)) {
          Optional<AnnotationMirror> inherited = on(other, name);
          if (inherited.isPresent()) {
            return inherited;
          }
        }
      }
      supertypes(current, pending);
    }
    return Optional.empty();
  }

  /**
   * The name {@code @JsonProperty} gives the property of {@code element} (a method of {@code type},
   * or a field), if it gives one.
   */
  Optional<String> propertyName(Element element, TypeElement type) {
    Optional<AnnotationMirror> property =
        element instanceof ExecutableElement method
            ? annotation(method, type, PROPERTY)
            : on(element, PROPERTY);
    return property
        .flatMap(mirror -> Annotations.attribute(mirror, "value"))
        .map(value -> String.valueOf(value.getValue()))
        .filter(name -> !name.isEmpty());
  }

  /** Whether {@code @JsonIgnore} (its value left {@code true}) takes {@code element} out. */
  boolean ignored(Element element, TypeElement type) {
    Optional<AnnotationMirror> ignore =
        element instanceof ExecutableElement method
            ? annotation(method, type, IGNORE)
            : on(element, IGNORE);
    return ignore
        .map(
            mirror ->
                Annotations.attribute(mirror, "value")
                    .map(value -> !Boolean.FALSE.equals(value.getValue()))
                    .orElse(true))
        .orElse(false);
  }

  private static Optional<AnnotationMirror> on(Element element, String name) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> Annotations.isAnnotation(mirror, name))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }

  private static void supertypes(TypeElement type, Deque<TypeElement> pending) {
    for (TypeMirror supertype : type.getInterfaces()) {
      pending.add((TypeElement) ((DeclaredType) supertype).asElement());
    }
    if (type.getSuperclass().getKind() == TypeKind.DECLARED) {
      pending.add((TypeElement) ((DeclaredType) type.getSuperclass()).asElement());
    }
  }
}

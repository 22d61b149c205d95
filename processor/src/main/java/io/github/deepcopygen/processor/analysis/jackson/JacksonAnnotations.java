package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.Annotations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
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

  private final Elements elements;

  JacksonAnnotations(Elements elements) {
    this.elements = elements;
  }

  /**
   * Whether {@code method}, a member of {@code type}, or a method it overrides carries {@code
   * name}.
   */
  boolean annotated(ExecutableElement method, TypeElement type, String name) {
    if (Annotations.hasAnnotation(method, name)) {
      return true;
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
        if (other != method
            && Annotations.hasAnnotation(other, name)
            && elements.overrides(method, other, type)) {
          return true;
        }
      }
      supertypes(current, pending);
    }
    return false;
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

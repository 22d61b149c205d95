package io.github.deepcopygen.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The subclasses a class names in Jackson's {@code @JsonSubTypes}, read by name and by reflection,
 * so that this module needs no Jackson: the classes a random value of a polymorphic library class
 * may be.
 */
final class JsonSubtypes {
  private static final String JSON_SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";

  private JsonSubtypes() {}

  static List<Class<?>> of(Class<?> type) {
    List<Class<?>> named = new ArrayList<>();
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      for (Annotation annotation : current.getDeclaredAnnotations()) {
        if (annotation.annotationType().getName().equals(JSON_SUB_TYPES)) {
          for (Object subtype : (Object[]) attribute(annotation, "value")) {
            Class<?> value = (Class<?>) attribute((Annotation) subtype, "value");
            if (!named.contains(value)) {
              named.add(value);
            }
          }
        }
      }
    }
    return named;
  }

  private static Object attribute(Annotation annotation, String name) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + annotation, e);
    }
  }
}

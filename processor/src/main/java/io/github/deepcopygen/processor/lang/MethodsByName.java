package io.github.deepcopygen.processor.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * The methods a copier can call on a class, by simple name: looking a getter or setter up by name
 * instead of comparing every member's name to it keeps analysis linear in a class's properties.
 */
public final class MethodsByName {
  private final Map<String, List<ExecutableElement>> byName = new HashMap<>();

  public MethodsByName(Iterable<? extends ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      byName
          .computeIfAbsent(method.getSimpleName().toString(), name -> new ArrayList<>(1))
          .add(method);
    }
  }

  /** The methods called {@code name}, in the order the class's members list them. */
  public List<ExecutableElement> named(String name) {
    return byName.getOrDefault(name, List.of());
  }
}

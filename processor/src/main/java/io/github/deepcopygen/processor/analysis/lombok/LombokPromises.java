package io.github.deepcopygen.processor.analysis.lombok;

import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks, in the round after a copier was written on Lombok's word, that Lombok wrote each member
 * the copier calls. A {@code lombok.config} that renames accessors, or Lombok missing from the
 * processor path, breaks a promise: that is reported with the fix, instead of javac's bare "cannot
 * find symbol".
 */
public final class LombokPromises {
  private LombokPromises() {}

  /** The broken promises of the copier {@code copier}: one problem per class that broke some. */
  public static List<Problem> broken(
      List<LombokPromise> promises, String copier, Elements elements) {
    Map<String, List<LombokPromise>> byType = new LinkedHashMap<>();
    promises.forEach(p -> byType.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(p));
    List<Problem> problems = new ArrayList<>();
    byType.forEach(
        (name, made) -> {
          TypeElement type = elements.getTypeElement(name);
          if (type == null) {
            return;
          }
          List<String> missing =
              made.stream().filter(p -> !kept(p, type)).map(LombokPromise::described).toList();
          if (!missing.isEmpty()) {
            problems.add(
                Problem.of(
                    Message.LOMBOK_MEMBER_MISSING,
                    type,
                    type.getSimpleName(),
                    copier,
                    made.stream().map(LombokPromise::described).collect(Collectors.joining(", ")),
                    type.getSimpleName(),
                    String.join(", ", missing)));
          }
        });
    return problems;
  }

  private static boolean kept(LombokPromise promise, TypeElement type) {
    if (promise.member().equals(LombokPromise.CONSTRUCTOR)) {
      return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
          .anyMatch(c -> c.getParameters().size() == promise.parameters());
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(promise.member())
          && method.getParameters().size() == promise.parameters()) {
        return true;
      }
    }
    return false;
  }
}

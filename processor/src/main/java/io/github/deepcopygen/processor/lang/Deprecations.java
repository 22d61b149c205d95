package io.github.deepcopygen.processor.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The warnings that code naming some elements raises because they are deprecated: {@code
 * deprecation}, and {@code removal} for those deprecated for removal. A copier suppresses exactly
 * these (ECJ reports a suppression that suppresses nothing).
 */
public final class Deprecations {
  private Deprecations() {}

  public static List<String> warningsFor(Collection<? extends Element> used) {
    boolean deprecated = false;
    boolean removal = false;
    for (Element element : used) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (Annotations.isAnnotation(mirror, "java.lang.Deprecated")) {
          if (Annotations.attribute(mirror, "forRemoval")
              .filter(value -> Boolean.TRUE.equals(value.getValue()))
              .isPresent()) {
            removal = true;
          } else {
            deprecated = true;
          }
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    if (deprecated) {
      warnings.add("deprecation");
    }
    if (removal) {
      warnings.add("removal");
    }
    return warnings;
  }
}

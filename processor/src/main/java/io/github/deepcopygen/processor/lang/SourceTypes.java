package io.github.deepcopygen.processor.lang;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The types this compilation compiles from source, by the qualified name of their top-level type:
 * the ones a user can annotate. Any other class comes from a jar, and a fix for it offers
 * {@code @DeepCopy.Include} or {@code uses} instead of an annotation the user cannot add.
 */
public final class SourceTypes {
  private final Set<String> topLevel = new LinkedHashSet<>();

  /**
   * Records the root elements of one round (names, not elements: elements do not outlive a round).
   */
  public void addRoots(Set<? extends Element> roots) {
    for (Element root : roots) {
      if (root instanceof TypeElement type) {
        topLevel.add(outermost(type).getQualifiedName().toString());
      }
    }
  }

  public boolean contains(TypeElement type) {
    return topLevel.contains(outermost(type).getQualifiedName().toString());
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement current = type;
    while (current.getEnclosingElement() instanceof TypeElement enclosing) {
      current = enclosing;
    }
    return current;
  }
}

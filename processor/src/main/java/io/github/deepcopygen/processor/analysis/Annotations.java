package io.github.deepcopygen.processor.analysis;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** deepcopy-gen's annotations, recognised by name: the processor never loads them as classes. */
final class Annotations {
  static final String DEEP_COPY = "io.github.deepcopygen.DeepCopy";
  static final String IMMUTABLE = "io.github.deepcopygen.DeepCopy.Immutable";
  static final String SHALLOW = "io.github.deepcopygen.DeepCopy.Shallow";
  static final String JSON_TREE = "io.github.deepcopygen.DeepCopy.JsonTree";

  private Annotations() {}

  static boolean isDeepCopyType(TypeElement element) {
    return hasAnnotation(element, DEEP_COPY);
  }

  static boolean hasAnnotation(Element element, String name) {
    return element.getAnnotationMirrors().stream().anyMatch(mirror -> isAnnotation(mirror, name));
  }

  static boolean isAnnotation(AnnotationMirror mirror, String name) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name);
  }
}

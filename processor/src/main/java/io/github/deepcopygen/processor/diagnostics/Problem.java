package io.github.deepcopygen.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One error found while analysing a type, attached to the narrowest element that causes it: a
 * field, a type, or one value of an annotation on it.
 */
public record Problem(
    Message message, Element element, Optional<AnnotationValueRef> value, List<Object> args) {

  /** An annotation value on {@link #element}, where javac should point. */
  public record AnnotationValueRef(AnnotationMirror mirror, AnnotationValue value) {}

  public Problem {
    args = List.copyOf(args);
  }

  public static Problem of(Message message, Element element, Object... args) {
    return new Problem(message, element, Optional.empty(), List.of(args));
  }

  public static Problem onValue(
      Message message,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value,
      Object... args) {
    return new Problem(
        message, element, Optional.of(new AnnotationValueRef(mirror, value)), List.of(args));
  }

  /**
   * The message, with each {@link Explanation} among the arguments spelled as its why and its fix.
   */
  public String text() {
    List<Object> spelled = new ArrayList<>();
    for (Object arg : args) {
      if (arg instanceof Explanation explanation) {
        spelled.add(explanation.why());
        spelled.add(explanation.fix());
      } else {
        spelled.add(arg);
      }
    }
    return message.format(spelled.toArray());
  }
}

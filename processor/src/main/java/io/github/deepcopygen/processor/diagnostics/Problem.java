package io.github.deepcopygen.processor.diagnostics;

import java.util.List;
import javax.lang.model.element.Element;

/** One error found while analysing a type, attached to the narrowest element that causes it. */
public record Problem(Message message, Element element, List<Object> args) {

  public static Problem of(Message message, Element element, Object... args) {
    return new Problem(message, element, List.of(args));
  }

  public String text() {
    return message.format(args.toArray());
  }
}

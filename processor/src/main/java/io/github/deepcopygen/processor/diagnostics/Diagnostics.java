package io.github.deepcopygen.processor.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/** The processor's only way to talk to the user: formats {@link Message}s onto javac's Messager. */
public final class Diagnostics {
  private final Messager messager;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /**
   * Prints the problem as its message's kind says: an error, or a warning the build can go on with.
   */
  public void report(Problem problem) {
    Diagnostic.Kind kind = problem.message().kind();
    if (problem.value().isPresent()) {
      Problem.AnnotationValueRef ref = problem.value().get();
      messager.printMessage(kind, problem.text(), problem.element(), ref.mirror(), ref.value());
    } else {
      messager.printMessage(kind, problem.text(), placeable(problem.element()));
    }
  }

  /**
   * The element itself, except a record component: javac 17 and ECJ give a message on one no file
   * and line. javac places one on the record's field of the same name, which the component
   * declares. ECJ (3.46) places no element of a record at all, not even the record, so there the
   * nearest enclosing class carries it, and a top-level record's error has no line.
   */
  private Element placeable(Element element) {
    if (element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    if (messager.getClass().getName().startsWith("org.eclipse.")) {
      Element record = element.getEnclosingElement();
      Element around = record.getEnclosingElement();
      while (around != null && around.getKind() == ElementKind.RECORD) {
        around = around.getEnclosingElement();
      }
      return around instanceof TypeElement ? around : record;
    }
    for (VariableElement field :
        ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(element.getSimpleName())) {
        return field;
      }
    }
    return element;
  }

  public void error(Message message, Element element, Object... args) {
    report(Problem.of(message, element, args));
  }

  /** A warning about the compilation as a whole, such as an option, which no element carries. */
  public void warning(Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(args));
  }

  /** Reports a bug of ours on the type being processed, instead of letting it crash javac. */
  public void internalError(Element type, Throwable failure) {
    error(Message.INTERNAL_ERROR, type, type, trace(failure));
  }

  /**
   * As {@link #internalError(Element, Throwable)}, for a failure that no one type is to blame for.
   */
  public void internalError(String where, Throwable failure) {
    messager.printMessage(
        Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(where, trace(failure)));
  }

  private static String trace(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}

package io.github.deepcopygen.processor.analysis.rules;

import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.SourceTypes;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Rule 14: a type no rule copies, and which reason fits it: the fixes differ for {@code Object}, a
 * JDK type, a class or an open type (interface, abstract class) of the user's sources, and one from
 * a jar.
 */
public final class UnknownTypes {
  private UnknownTypes() {}

  static Resolution refusal(TypeMirror type, SourceTypes sources) {
    Optional<String> name = JdkClasses.qualifiedName(type);
    if (name.isEmpty() || type.getKind() != TypeKind.DECLARED) {
      return new Resolution.Unsupported(type, Reason.UNKNOWN_JDK_TYPE);
    }
    if (name.get().equals("java.lang.Object")) {
      return new Resolution.Unsupported(type, Reason.UNKNOWN_OBJECT);
    }
    if (JdkClasses.isJdk(name.get())) {
      return new Resolution.Unsupported(type, Reason.UNKNOWN_JDK_TYPE);
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    boolean open =
        element.getKind() == ElementKind.INTERFACE
            || element.getModifiers().contains(Modifier.ABSTRACT);
    String kind = element.getKind() == ElementKind.INTERFACE ? "interface" : "abstract class";
    Name simple = element.getSimpleName();
    if (sources.contains(element)) {
      return open
          ? new Resolution.Unsupported(type, Reason.UNKNOWN_OPEN_TYPE, kind, simple)
          : new Resolution.Unsupported(type, Reason.UNKNOWN_CLASS, simple);
    }
    return open
        ? new Resolution.Unsupported(type, Reason.UNKNOWN_LIBRARY_OPEN_TYPE, kind, simple)
        : new Resolution.Unsupported(type, Reason.UNKNOWN_LIBRARY_CLASS, simple);
  }
}

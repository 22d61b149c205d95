package io.github.deepcopygen.processor.lang;

import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which classes belong to the JDK, asked in one place: a JDK class is never a user's model, so no
 * walk goes into it, no fix offers to annotate it, and no rule rebuilds it through its constructor.
 */
public final class JdkClasses {
  private JdkClasses() {}

  /**
   * Whether the class of this qualified name is the JDK's: {@code java.*}, {@code javax.*}, {@code
   * jdk.*}.
   */
  public static boolean isJdk(CharSequence qualifiedName) {
    String name = qualifiedName.toString();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
  }

  public static boolean isJdk(TypeElement type) {
    return isJdk(type.getQualifiedName());
  }

  /** The qualified name of a declared type; empty for a primitive, an array or a type variable. */
  public static Optional<String> qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return Optional.of(element.getQualifiedName().toString());
  }

  /** Whether {@code type} is {@code java.lang.Object}, where every walk up a class ends. */
  public static boolean isObject(TypeElement type) {
    return type.getQualifiedName().contentEquals("java.lang.Object");
  }
}

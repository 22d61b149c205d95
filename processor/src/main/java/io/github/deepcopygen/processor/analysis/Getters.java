package io.github.deepcopygen.processor.analysis;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The JavaBeans getter of a property among methods the copier can call: {@code getX()}, or {@code isX()}
 * for a {@code boolean} or {@code Boolean}, returning the property's type as {@code owner} sees it.
 */
final class Getters {
  private Getters() {}

  static Optional<ExecutableElement> find(Types types, DeclaredType owner,
      MethodsByName methods, String property, TypeMirror type) {
    String capitalized = capitalized(property);
    Optional<ExecutableElement> get = named(types, owner, methods, "get" + capitalized, type);
    boolean bool = type.getKind() == TypeKind.BOOLEAN
        || KnownTypes.qualifiedName(type).filter("java.lang.Boolean"::equals).isPresent();
    return get.isPresent() || !bool ? get : named(types, owner, methods, "is" + capitalized, type);
  }

  /** The method called {@code name} that takes nothing and returns {@code type}: a getter named otherwise. */
  static Optional<ExecutableElement> named(Types types, DeclaredType owner,
      MethodsByName methods, String name, TypeMirror type) {
    for (ExecutableElement method : methods.named(name)) {
      if (method.getParameters().isEmpty()
          && types.isSameType(((ExecutableType) types.asMemberOf(owner, method)).getReturnType(), type)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

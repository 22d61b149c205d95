package io.github.deepcopygen.processor.lang;

import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * JavaBeans naming, in one place: a property {@code name} is read by {@code getName()} (or {@code
 * isName()} for a {@code boolean} or {@code Boolean}) and written by {@code setName(value)}.
 */
public final class JavaBeans {
  private JavaBeans() {}

  /** {@code getName}, the getter's name for property {@code name}. */
  public static String getterName(String property) {
    return "get" + capitalized(property);
  }

  /** {@code isName}, a boolean getter's name for property {@code name}. */
  public static String booleanGetterName(String property) {
    return "is" + capitalized(property);
  }

  /** {@code setName}, the setter's name for property {@code name}. */
  public static String setterName(String property) {
    return "set" + capitalized(property);
  }

  /** Whether values of {@code type} may be read by an {@code isX()} getter. */
  public static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || JdkClasses.qualifiedName(type).filter("java.lang.Boolean"::equals).isPresent();
  }

  /**
   * The getter of a property among methods the copier can call: {@code getX()}, or {@code isX()}
   * for a boolean, returning the property's type as {@code owner} sees it.
   */
  public static Optional<ExecutableElement> find(
      Types types, DeclaredType owner, MethodsByName methods, String property, TypeMirror type) {
    Optional<ExecutableElement> get = named(types, owner, methods, getterName(property), type);
    return get.isPresent() || !isBoolean(type)
        ? get
        : named(types, owner, methods, booleanGetterName(property), type);
  }

  /**
   * The method called {@code name} that takes nothing and returns {@code type}: a getter named
   * otherwise.
   */
  public static Optional<ExecutableElement> named(
      Types types, DeclaredType owner, MethodsByName methods, String name, TypeMirror type) {
    for (ExecutableElement method : methods.named(name)) {
      if (method.getParameters().isEmpty()
          && types.isSameType(
              ((ExecutableType) types.asMemberOf(owner, method)).getReturnType(), type)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  public static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * {@code getFoo()} or, for a boolean, {@code isFoo()}: the property {@code foo}, as Introspector
   * names it.
   */
  public static Optional<String> propertyOfGetter(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (!method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID
        || !method.getTypeParameters().isEmpty()
        || name.equals("getClass")) {
      return Optional.empty();
    }
    String rest;
    if (name.startsWith("get") && name.length() > 3) {
      rest = name.substring(3);
    } else if (name.startsWith("is") && name.length() > 2 && isBoolean(method.getReturnType())) {
      rest = name.substring(2);
    } else {
      return Optional.empty();
    }
    return decoded(rest);
  }

  /**
   * {@code setFoo(value)}: the property {@code foo}, named as {@link #propertyOfGetter} names it.
   */
  public static Optional<String> propertyOfSetter(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (method.getParameters().size() != 1
        || !method.getTypeParameters().isEmpty()
        || !name.startsWith("set")
        || name.length() <= 3) {
      return Optional.empty();
    }
    return decoded(name.substring(3));
  }

  private static Optional<String> decoded(String rest) {
    if (Character.isLowerCase(rest.charAt(0))) {
      // getaway() is no getter; get$ref() is the property $ref, as Introspector has it
      return Optional.empty();
    }
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
      return Optional.of(rest); // getURL() is the property URL
    }
    return Optional.of(rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1));
  }
}

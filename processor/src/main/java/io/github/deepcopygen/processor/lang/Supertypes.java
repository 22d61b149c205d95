package io.github.deepcopygen.processor.lang;

import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * A type seen as one of its supertypes, with its own type arguments substituted ({@code
 * ArrayList<Foo>} as {@code Collection<Foo>}).
 */
public final class Supertypes {
  private Supertypes() {}

  /** {@code type} as its supertype {@code wanted}; empty when it is none. */
  public static Optional<DeclaredType> viewAs(Types types, TypeMirror type, TypeElement wanted) {
    if (type.getKind() != TypeKind.DECLARED
        || !types.isSubtype(types.erasure(type), types.erasure(wanted.asType()))) {
      return Optional.empty();
    }
    if (((DeclaredType) type).asElement().equals(wanted)) {
      return Optional.of((DeclaredType) type);
    }
    for (TypeMirror direct : types.directSupertypes(type)) {
      Optional<DeclaredType> found = viewAs(types, direct, wanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}

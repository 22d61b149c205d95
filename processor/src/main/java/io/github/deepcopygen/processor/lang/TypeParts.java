package io.github.deepcopygen.processor.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The declared types a type is made of, outermost first: itself, its type arguments, array
 * components and upper wildcard bounds. A copy can only hold values of these, so every search along
 * what a copy reaches starts from them. A lower bound ({@code ? super T}) is left out: such a
 * container hands out no {@code T}.
 */
public final class TypeParts {
  private TypeParts() {}

  /** Every declared type in {@code type}. */
  public static List<DeclaredType> of(TypeMirror type) {
    return of(type, declared -> false);
  }

  /**
   * As {@link #of(TypeMirror)}, without going into the type arguments of a type {@code whole}
   * accepts.
   */
  public static List<DeclaredType> of(TypeMirror type, Predicate<DeclaredType> whole) {
    List<DeclaredType> found = new ArrayList<>();
    collect(type, whole, found);
    return found;
  }

  /** Whether {@code type} uses a generic class raw ({@code Schema}) anywhere in it. */
  public static boolean hasRawUse(TypeMirror type) {
    return rawIn(of(type));
  }

  /**
   * Whether a type argument or array component of {@code type} is raw ({@code List<Schema>}), which
   * code copying its elements names; a raw type alone is copied through a cast to a parameterized
   * one.
   */
  public static boolean hasNestedRawUse(TypeMirror type) {
    List<DeclaredType> parts = of(type);
    boolean top = type.getKind() == javax.lang.model.type.TypeKind.DECLARED;
    return rawIn(top ? parts.subList(1, parts.size()) : parts);
  }

  private static boolean rawIn(List<DeclaredType> parts) {
    for (DeclaredType part : parts) {
      TypeElement element = (TypeElement) part.asElement();
      if (!element.getTypeParameters().isEmpty() && part.getTypeArguments().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code type} uses a generic class raw ({@code Schema}) or with a wildcard ({@code
   * Schema<?>}): code that copies such a value casts it, unchecked.
   */
  public static boolean hasRawOrWildcardUse(TypeMirror type) {
    return hasRawUse(type)
        || of(type).stream()
            .anyMatch(
                part ->
                    part.getTypeArguments().stream()
                        .anyMatch(a -> a.getKind() == TypeKind.WILDCARD));
  }

  private static void collect(
      TypeMirror type, Predicate<DeclaredType> whole, List<DeclaredType> found) {
    if (type.getKind() == TypeKind.ARRAY) {
      collect(((ArrayType) type).getComponentType(), whole, found);
    } else if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) type).getExtendsBound();
      if (bound != null) {
        collect(bound, whole, found);
      }
    } else if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      found.add(declared);
      if (!whole.test(declared)) {
        declared.getTypeArguments().forEach(argument -> collect(argument, whole, found));
      }
    }
  }
}

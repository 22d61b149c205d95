package io.github.deepcopygen.processor.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The one walk up a class's superclasses that every rule uses: each class below {@code Object}, as
 * a supertype of the start ({@code Box<Foo>} above {@code class FooBox extends Box<Foo>}), nearest
 * first; and, where the walk ended on a class that does not exist yet, that class, which defers the
 * type.
 */
public final class Superclasses {
  /** One class of the chain, seen as a supertype of the class the walk started from. */
  public record Link(DeclaredType view, TypeElement element) {}

  /** The chain, the start first, and the missing superclass it ended on, if it did. */
  public record Chain(List<Link> links, Optional<TypeMirror> missing) {}

  private Superclasses() {}

  public static Chain of(Types types, TypeElement start) {
    List<Link> links = new ArrayList<>();
    DeclaredType current = (DeclaredType) start.asType();
    while (true) {
      TypeElement element = (TypeElement) current.asElement();
      links.add(new Link(current, element));
      if (element.getSuperclass().getKind() == TypeKind.ERROR) {
        return new Chain(links, Optional.of(element.getSuperclass()));
      }
      // The first direct supertype of a class is its superclass, with our type arguments
      // substituted.
      List<? extends TypeMirror> supertypes = types.directSupertypes(current);
      if (supertypes.isEmpty() || supertypes.get(0).getKind() != TypeKind.DECLARED) {
        return new Chain(links, Optional.empty());
      }
      DeclaredType next = (DeclaredType) supertypes.get(0);
      TypeElement nextElement = (TypeElement) next.asElement();
      if (nextElement.getKind() != ElementKind.CLASS || JdkClasses.isObject(nextElement)) {
        return new Chain(links, Optional.empty());
      }
      current = next;
    }
  }
}

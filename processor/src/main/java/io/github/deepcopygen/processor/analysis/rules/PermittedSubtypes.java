package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.Supertypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * The permitted subtypes of a sealed type as one of its parameterizations sees them: each subtype
 * with the type arguments that {@code Base<String>} gives it ({@code Sub<String>} for {@code final
 * class Sub<T> extends Base<T>}), most specific first, and otherwise in the order of their
 * qualified names, which javac and ECJ agree on (their own orders differ for implicitly permitted
 * ones).
 */
public final class PermittedSubtypes {
  /**
   * One permitted subtype: its class, and its type as a member of the sealed parameterization, or
   * the reason no such type can be named.
   */
  public record Subtype(
      TypeElement element, ClassName raw, Optional<DeclaredType> type, Explanation refusal) {}

  private final Types types;

  PermittedSubtypes(Types types) {
    this.types = types;
  }

  /** The subtypes that a value of {@code sealed} can have at run time, most specific first. */
  List<Subtype> of(DeclaredType sealed) {
    TypeElement sealedElement = (TypeElement) sealed.asElement();
    List<TypeElement> permitted = new ArrayList<>();
    for (TypeMirror subtype : sealedElement.getPermittedSubclasses()) {
      if (subtype.getKind() == TypeKind.DECLARED) {
        permitted.add((TypeElement) ((DeclaredType) subtype).asElement());
      }
    }
    permitted.sort(Comparator.comparing(e -> e.getQualifiedName().toString()));
    List<Subtype> ordered = new ArrayList<>();
    for (TypeElement element : permitted) {
      Optional<Subtype> subtype = parameterized(element, sealed);
      if (subtype.isEmpty()) {
        continue; // Sub implements Base<Integer>, and a Base<String> is never one
      }
      // Before the first subtype it extends, so that instanceof tries the most specific class
      // first.
      int at = ordered.size();
      for (int i = 0; i < ordered.size(); i++) {
        if (types.isSubtype(
            types.erasure(element.asType()), types.erasure(ordered.get(i).element().asType()))) {
          at = i;
          break;
        }
      }
      ordered.add(at, subtype.get());
    }
    return ordered;
  }

  /**
   * {@code element} with the type arguments that make it a subtype of {@code sealed}; a refusal
   * when they cannot be worked out; empty when no instance of {@code element} can be a {@code
   * sealed}.
   */
  private Optional<Subtype> parameterized(TypeElement element, DeclaredType sealed) {
    ClassName raw = ClassName.get(element);
    List<? extends TypeParameterElement> parameters = element.getTypeParameters();
    TypeMirror[] bound = new TypeMirror[parameters.size()];
    Optional<DeclaredType> view =
        Supertypes.viewAs(types, element.asType(), (TypeElement) sealed.asElement());
    if (view.isEmpty()) {
      return Optional
          .empty(); // javac and ECJ reject a permitted class that does not extend the type
    }
    Name sealedName = sealed.asElement().getSimpleName();
    List<? extends TypeMirror> viewArguments = view.get().getTypeArguments();
    List<? extends TypeMirror> sealedArguments = sealed.getTypeArguments();
    if (viewArguments.size() == sealedArguments.size()) {
      for (int i = 0; i < viewArguments.size(); i++) {
        TypeMirror argument = viewArguments.get(i);
        int index = parameterIndex(argument, parameters);
        if (index >= 0) {
          if (bound[index] != null && !types.isSameType(bound[index], sealedArguments.get(i))) {
            return Optional.empty(); // Pair<T, T> as a Base<String, Integer>: impossible
          }
          bound[index] = sealedArguments.get(i);
        } else if (mentionsTypeVariable(argument)) {
          return Optional.of(
              refused(
                  element,
                  raw,
                  Explanation.of(
                      Reason.PERMITTED_ARGUMENTS,
                      sealedName,
                      sealedName,
                      element.getSimpleName())));
        } else if (!types.isSameType(argument, sealedArguments.get(i))) {
          return Optional.empty();
        }
      }
    }
    for (int i = 0; i < bound.length; i++) {
      if (bound[i] == null) {
        return Optional.of(
            refused(
                element,
                raw,
                Explanation.of(
                    Reason.PERMITTED_UNFIXED,
                    sealedName,
                    parameters.get(i).getSimpleName(),
                    sealedName,
                    element.getSimpleName(),
                    element.getSimpleName())));
      }
    }
    return Optional.of(
        new Subtype(element, raw, Optional.of(types.getDeclaredType(element, bound)), null));
  }

  private static Subtype refused(TypeElement element, ClassName raw, Explanation why) {
    return new Subtype(element, raw, Optional.empty(), why);
  }

  private static int parameterIndex(
      TypeMirror argument, List<? extends TypeParameterElement> parameters) {
    if (argument.getKind() != TypeKind.TYPEVAR) {
      return -1;
    }
    Element variable = ((TypeVariable) argument).asElement();
    for (int i = 0; i < parameters.size(); i++) {
      if (TypeVariables.same(variable, parameters.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean mentionsTypeVariable(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR || type.getKind() == TypeKind.WILDCARD) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type)
          .getTypeArguments().stream().anyMatch(PermittedSubtypes::mentionsTypeVariable);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return mentionsTypeVariable(((javax.lang.model.type.ArrayType) type).getComponentType());
    }
    return false;
  }
}

package io.github.deepcopygen.processor.analysis.rules;

import io.github.deepcopygen.processor.lang.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Rule 3: whether a type has an instance {@code deepCopy()} of its own that the copier can call.
 */
public final class DeepCopyMethods {
  private final Types types;
  private final String copierPackage;
  private final Map<TypeElement, List<ExecutableElement>> found;

  /**
   * @param found the methods named deepCopy of each class looked at so far, shared by every type of
   *     a round: the same field types come back in every type, and walking their supertypes was the
   *     largest part of the analysis on large APIs
   */
  DeepCopyMethods(
      Types types, String copierPackage, Map<TypeElement, List<ExecutableElement>> found) {
    this.types = types;
    this.copierPackage = copierPackage;
    this.found = found;
  }

  /**
   * A visible, non-static {@code deepCopy()} without parameters that returns the type (or a
   * subtype).
   */
  boolean hasDeepCopyMethod(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    List<ExecutableElement> methods = found.get(element);
    if (methods == null) {
      methods = deepCopyMethodsOf(element, new HashSet<>());
      found.put(element, methods);
    }
    for (ExecutableElement method : methods) {
      if (!method.getParameters().isEmpty()
          || method.getModifiers().contains(Modifier.STATIC)
          || !Visibility.isVisibleFrom(method, copierPackage)) {
        continue;
      }
      TypeMirror returned = ((ExecutableType) types.asMemberOf(type, method)).getReturnType();
      if (returned.getKind() != TypeKind.VOID
          && types.isAssignable(types.erasure(returned), types.erasure(type))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The methods named deepCopy that {@code element} declares or inherits, found by walking its
   * supertypes: Elements.getAllMembers builds every member of the type, and this check runs for the
   * type of every field (a third of the processor's own time on large APIs, before this walk).
   */
  private List<ExecutableElement> deepCopyMethodsOf(TypeElement element, Set<TypeElement> visited) {
    List<ExecutableElement> found = new ArrayList<>();
    if (!visited.add(element)) {
      return found;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("deepCopy")) {
        found.add(method);
      }
    }
    List<TypeMirror> supertypes = new ArrayList<>(element.getInterfaces());
    supertypes.add(element.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        found.addAll(
            deepCopyMethodsOf((TypeElement) ((DeclaredType) supertype).asElement(), visited));
      }
    }
    return found;
  }
}

package io.github.deepcopygen.processor.analysis.library;

import io.github.deepcopygen.processor.analysis.jackson.JsonProperties;
import io.github.deepcopygen.processor.analysis.jackson.JsonProperty;
import io.github.deepcopygen.processor.analysis.jackson.JsonSubtypes;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.KnownTypes;
import io.github.deepcopygen.processor.lang.Superclasses;
import io.github.deepcopygen.processor.lang.TypeParts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * For {@code @DeepCopy.Include(transitive = true)}: the library classes a listed class reaches
 * through the properties its copy walks (property types, their type arguments, array components,
 * superclasses) and the subclasses its {@code @JsonSubTypes} names, in the order they are reached,
 * so that javac and ECJ agree. A class that needs no copier is left out: a JDK class, an enum, an
 * interface, a record, a {@code @DeepCopy} or {@code @DeepCopy.Immutable} one, and an immutable
 * value.
 */
public final class ReachedClasses {
  private final Types types;
  private final Elements elements;
  private final KnownTypes known;

  ReachedClasses(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
    this.known = new KnownTypes(types, elements);
  }

  /** Every class {@code start} reaches, without {@code start} itself. */
  List<TypeElement> from(TypeElement start) {
    Set<TypeElement> seen = new LinkedHashSet<>();
    Deque<TypeElement> pending = new ArrayDeque<>();
    seen.add(start);
    pending.add(start);
    while (!pending.isEmpty()) {
      TypeElement type = pending.poll();
      List<TypeMirror> reached = new ArrayList<>();
      for (Superclasses.Link link : Superclasses.of(types, type).links()) {
        reached.add(link.view());
      }
      for (JsonProperty bean : new JsonProperties(types, elements).of(type).beans()) {
        reached.add(bean.property().type());
      }
      // The classes a value of it may be in a JSON document, which a copy of it dispatches to.
      for (TypeElement subtype : JsonSubtypes.of(type)) {
        reached.add(subtype.asType());
      }
      for (TypeMirror mirror : reached) {
        visit(mirror, seen, pending);
      }
    }
    seen.remove(start);
    return new ArrayList<>(seen);
  }

  private void visit(TypeMirror type, Set<TypeElement> seen, Deque<TypeElement> pending) {
    for (DeclaredType part : TypeParts.of(type)) {
      TypeElement element = (TypeElement) part.asElement();
      if (needsCopier(part, element) && seen.add(element)) {
        pending.add(element);
      }
      // An interface gets no copier, but the implementations its @JsonSubTypes names do.
      if (element.getKind() == ElementKind.INTERFACE) {
        for (TypeElement subtype : JsonSubtypes.of(element)) {
          visit(subtype.asType(), seen, pending);
        }
      }
    }
  }

  private boolean needsCopier(TypeMirror type, TypeElement element) {
    String name = element.getQualifiedName().toString();
    return element.getKind() == ElementKind.CLASS
        && !JdkClasses.isJdk(name)
        && !Annotations.isDeepCopyType(element)
        && !Annotations.hasAnnotation(element, Annotations.IMMUTABLE)
        && !known.isImmutable(types.erasure(type));
  }
}

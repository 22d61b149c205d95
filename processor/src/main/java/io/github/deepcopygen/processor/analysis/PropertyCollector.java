package io.github.deepcopygen.processor.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the properties a copier must copy: the instance fields of the type and of its superclasses,
 * superclass fields first, up to the first superclass with a copier ({@code @DeepCopy} or included),
 * whose own copier takes over.
 */
final class PropertyCollector {
  private final Types types;
  private final CopyStrategies strategies;

  PropertyCollector(Types types, CopyStrategies strategies) {
    this.types = types;
    this.strategies = strategies;
  }

  /**
   * The properties of a class, and the nearest superclass with a copier if there is one, as a
   * supertype of the annotated type ({@code Box<Foo>} for {@code class FooBox extends Box<Foo>}).
   */
  record Hierarchy(List<Property> properties, Optional<DeclaredType> deepCopySuperclass) {}

  Hierarchy ofClass(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    Deque<TypeElement> chain = new ArrayDeque<>();
    Optional<DeclaredType> deepCopySuperclass = Optional.empty();
    DeclaredType current = self;
    while (current != null) {
      chain.addFirst((TypeElement) current.asElement());
      // The first direct supertype of a class is its superclass, with our type arguments substituted.
      List<? extends TypeMirror> supertypes = types.directSupertypes(current);
      if (supertypes.isEmpty() || supertypes.get(0).getKind() != TypeKind.DECLARED) {
        break;
      }
      DeclaredType next = (DeclaredType) supertypes.get(0);
      TypeElement nextElement = (TypeElement) next.asElement();
      if (nextElement.getKind() != ElementKind.CLASS
          || nextElement.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      if (strategies.copierOf(nextElement).isPresent()) {
        deepCopySuperclass = Optional.of(next);
        break;
      }
      current = next;
    }
    List<Property> properties = new ArrayList<>();
    for (TypeElement declaring : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        TypeMirror asMember = types.asMemberOf(self, field);
        properties.add(new Property(field, field.getSimpleName().toString(), asMember,
            CopyStrategies.hasAnnotation(field, CopyStrategies.SHALLOW),
            CopyStrategies.hasAnnotation(field, CopyStrategies.JSON_TREE)));
      }
    }
    return new Hierarchy(properties, deepCopySuperclass);
  }

  List<Property> ofRecord(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    List<Property> properties = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      TypeMirror asMember =
          ((ExecutableType) types.asMemberOf(self, component.getAccessor())).getReturnType();
      properties.add(new Property(component, component.getSimpleName().toString(), asMember,
          CopyStrategies.hasAnnotation(component, CopyStrategies.SHALLOW),
          CopyStrategies.hasAnnotation(component, CopyStrategies.JSON_TREE)));
    }
    return properties;
  }
}

package io.github.deepcopygen.processor.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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
 * superclass fields first, up to the first {@code @DeepCopy} superclass, whose own copier takes over.
 */
final class PropertyCollector {
  private final Types types;

  PropertyCollector(Types types) {
    this.types = types;
  }

  /** The properties of a class, and the nearest {@code @DeepCopy} superclass if there is one. */
  record Hierarchy(List<Property> properties, Optional<TypeElement> deepCopySuperclass) {}

  Hierarchy ofClass(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    Deque<TypeElement> chain = new ArrayDeque<>();
    Optional<TypeElement> deepCopySuperclass = Optional.empty();
    TypeElement current = type;
    while (current != null) {
      chain.addFirst(current);
      TypeMirror superclass = current.getSuperclass();
      if (superclass.getKind() != TypeKind.DECLARED) {
        break;
      }
      TypeElement next = (TypeElement) ((DeclaredType) superclass).asElement();
      if (next.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      if (CopyStrategies.isDeepCopyType(next)) {
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
        properties.add(new Property(field, field.getSimpleName().toString(), asMember));
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
      properties.add(new Property(component, component.getSimpleName().toString(), asMember));
    }
    return properties;
  }
}

package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.analysis.rules.CopyStrategies;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.JavaBeans;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.lang.Superclasses;
import io.github.deepcopygen.processor.lang.Superclasses.Link;
import io.github.deepcopygen.processor.lang.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the properties a copier must copy: the instance fields of the type and of its superclasses,
 * superclass fields first, up to the first superclass with a copier ({@code @DeepCopy} or
 * included), whose own copier takes over.
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
   * {@code missingSuperclass} is a superclass that does not exist yet (another processor writes it
   * later); {@code overridden} are our fields that hide a field of that superclass's chain whose
   * accessors, which its copier calls, we override.
   */
  record Hierarchy(
      List<Property> properties,
      Optional<DeclaredType> deepCopySuperclass,
      Optional<TypeMirror> missingSuperclass,
      List<Overridden> overridden) {}

  /**
   * Our field {@code field} hides {@code hidden} of a copied superclass, and overrides {@code
   * accessor}.
   */
  record Overridden(VariableElement field, VariableElement hidden, String accessor) {}

  Hierarchy ofClass(TypeElement type) {
    Superclasses.Chain walk = Superclasses.of(types, type);
    // Up to the first superclass with a copier of its own, which copies the rest; the topmost
    // first.
    List<Link> links = new ArrayList<>();
    Optional<DeclaredType> deepCopySuperclass = Optional.empty();
    Optional<TypeMirror> missing = walk.missing();
    for (Link link : walk.links()) {
      if (!links.isEmpty() && strategies.copierOf(link.element()).isPresent()) {
        deepCopySuperclass = Optional.of(link.view());
        missing = Optional.empty(); // above the superclass's copier: its own analysis waits for it
        break;
      }
      links.add(0, link);
    }
    List<Property> properties = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      for (VariableElement field : instanceFields(link.element())) {
        // As a member of the declaring class's view: ECJ finds a field of the annotated type by
        // name.
        TypeMirror asMember = types.asMemberOf(link.view(), field);
        boolean hidden = false;
        for (Link below : links.subList(i + 1, links.size())) {
          hidden |= declaresField(below.element(), field.getSimpleName().toString());
        }
        properties.add(
            new Property(
                field,
                field.getSimpleName().toString(),
                asMember,
                Annotations.hasAnnotation(field, Annotations.SHALLOW),
                Annotations.hasAnnotation(field, Annotations.JSON_TREE),
                hidden ? Optional.of(link.view()) : Optional.empty()));
      }
    }
    List<Overridden> overridden =
        deepCopySuperclass
            .map(s -> overriddenAccessors(links, (TypeElement) s.asElement()))
            .orElse(List.of());
    return new Hierarchy(properties, deepCopySuperclass, missing, overridden);
  }

  /**
   * Fields of the copied superclass's chain that our fields hide and whose accessors we override:
   * its copier reaches such a field through those accessors, which now lead to ours instead.
   */
  private List<Overridden> overriddenAccessors(List<Link> links, TypeElement superclass) {
    String copierPackage = strategies.copierOf(superclass).orElseThrow().packageName();
    boolean included = !Annotations.isDeepCopyType(superclass);
    List<Overridden> found = new ArrayList<>();
    for (Link aboveLink : Superclasses.of(types, superclass).links()) {
      for (VariableElement hidden : instanceFields(aboveLink.element())) {
        boolean direct =
            !included
                && Visibility.isVisibleFrom(hidden, copierPackage)
                && !hidden.getModifiers().contains(Modifier.FINAL);
        if (direct) {
          continue;
        }
        String name = hidden.getSimpleName().toString();
        for (Link link : links) {
          Optional<VariableElement> field =
              instanceFields(link.element()).stream()
                  .filter(f -> f.getSimpleName().contentEquals(name))
                  .findFirst();
          Optional<String> accessor = field.flatMap(f -> overriddenAccessor(links, name));
          if (accessor.isPresent()) {
            found.add(new Overridden(field.get(), hidden, accessor.get()));
          }
        }
      }
    }
    return found;
  }

  /** The accessor of property {@code name} that a class of our chain declares, if one does. */
  private static Optional<String> overriddenAccessor(List<Link> links, String name) {
    for (Link link : links) {
      for (ExecutableElement method :
          ElementFilter.methodsIn(link.element().getEnclosedElements())) {
        String methodName = method.getSimpleName().toString();
        boolean getter =
            method.getParameters().isEmpty()
                && (methodName.equals(JavaBeans.getterName(name))
                    || methodName.equals(JavaBeans.booleanGetterName(name)));
        boolean setter =
            method.getParameters().size() == 1 && methodName.equals(JavaBeans.setterName(name));
        if ((getter || setter) && !method.getModifiers().contains(Modifier.STATIC)) {
          return Optional.of(methodName + (getter ? "()" : "(...)"));
        }
      }
    }
    return Optional.empty();
  }

  private static List<VariableElement> instanceFields(TypeElement type) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
        .toList();
  }

  private static boolean declaresField(TypeElement type, String name) {
    return instanceFields(type).stream().anyMatch(f -> f.getSimpleName().contentEquals(name));
  }

  List<Property> ofRecord(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    List<Property> properties = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      TypeMirror asMember =
          ((ExecutableType) types.asMemberOf(self, component.getAccessor())).getReturnType();
      properties.add(
          new Property(
              component,
              component.getSimpleName().toString(),
              asMember,
              Annotations.hasAnnotation(component, Annotations.SHALLOW),
              Annotations.hasAnnotation(component, Annotations.JSON_TREE)));
    }
    return properties;
  }
}

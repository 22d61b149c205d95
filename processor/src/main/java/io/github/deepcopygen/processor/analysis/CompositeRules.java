package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Rules 2, 9 and 11 for types made of other types: a record is shared when every component is
 * immutable and rebuilt otherwise; a sealed type dispatches to its permitted subtypes. Both may lead
 * back to themselves ({@code record Node(Node next)}), so the types being resolved are tracked.
 */
final class CompositeRules {
  private final CopyStrategies strategies;
  private final Types types;
  private final String copierPackage;
  private final Set<String> inProgress = new LinkedHashSet<>();

  CompositeRules(CopyStrategies strategies, Types types, String copierPackage) {
    this.strategies = strategies;
    this.types = types;
    this.copierPackage = copierPackage;
  }

  /** A record: shared if its components are immutable, else rebuilt from copies of them. */
  Resolution record(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (!inProgress.add(name)) {
      return new Resolution.Cyclic(type, Set.of(name));
    }
    List<CopyStrategy.Component> components = new ArrayList<>();
    List<Resolution> resolutions = new ArrayList<>();
    try {
      for (RecordComponentElement component : element.getRecordComponents()) {
        ExecutableElement accessor = component.getAccessor();
        TypeMirror componentType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
        Resolution resolution = strategies.resolve(componentType);
        if (!resolution.succeeded()) {
          return resolution;
        }
        resolutions.add(resolution);
        if (resolution instanceof Resolution.Resolved resolved) {
          components.add(new CopyStrategy.Component(
              accessor.getSimpleName().toString(), TypeName.get(componentType), resolved.strategy()));
        }
      }
    } finally {
      inProgress.remove(name);
    }
    Resolution combined = combine(type, name, resolutions);
    if (combined != null) {
      return combined;
    }
    if (!Visibility.isVisibleFrom(element, copierPackage) || !hasVisibleCanonicalConstructor(element)) {
      return new Resolution.Unsupported(type,
          "it is a record with a mutable component whose canonical constructor the copier cannot call",
          "make " + element.getSimpleName() + " and its canonical constructor visible to package "
              + copierPackage + ", or annotate it with @DeepCopy");
    }
    return CopyStrategies.resolved(new CopyStrategy.RebuildRecord(TypeName.get(type), components));
  }

  /** A sealed class or interface: each permitted subtype copied by its own rule. */
  Resolution sealed(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (!element.getTypeParameters().isEmpty()) {
      return new Resolution.Unsupported(type,
          "it is a generic sealed type, whose permitted subtypes' type arguments deepcopy-gen does not"
              + " work out", "give " + element.getSimpleName() + " a deepCopy() method");
    }
    if (element.getKind() == ElementKind.CLASS
        && !element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Resolution.Unsupported(type,
          "it is a sealed class that is not abstract, and its own instances have no copy",
          "annotate " + element.getSimpleName() + " with @DeepCopy, or make it abstract");
    }
    if (!inProgress.add(name)) {
      return new Resolution.Cyclic(type, Set.of(name));
    }
    List<Resolution> resolutions = new ArrayList<>();
    List<CopyStrategy.Case> cases = new ArrayList<>();
    try {
      for (TypeMirror permitted : permittedSubtypes(element)) {
        Resolution resolution = strategies.resolve(permitted);
        if (resolution instanceof Resolution.Unsupported unsupported) {
          return new Resolution.Unsupported(type,
              "it is sealed, and its permitted subtype " + simpleName(permitted) + " cannot be copied: "
                  + unsupported.why(), unsupported.fix());
        }
        if (!resolution.succeeded()) {
          return resolution;
        }
        resolutions.add(resolution);
        if (resolution instanceof Resolution.Resolved resolved) {
          cases.add(new CopyStrategy.Case(TypeName.get(permitted), resolved.strategy()));
        }
      }
    } finally {
      inProgress.remove(name);
    }
    Resolution combined = combine(type, name, resolutions);
    if (combined != null) {
      return combined;
    }
    return CopyStrategies.resolved(new CopyStrategy.Dispatch(TypeName.get(type), cases));
  }

  /** One permitted subclass of a sealed {@code @DeepCopy} class, and how it resolved. */
  record Permitted(TypeMirror type, Resolution resolution) {}

  /** For a sealed {@code @DeepCopy} class: each permitted subclass, most specific first, resolved. */
  List<Permitted> permittedOf(TypeElement element) {
    List<Permitted> permitted = new ArrayList<>();
    for (TypeMirror subclass : permittedSubtypes(element)) {
      permitted.add(
          new Permitted(subclass, strategies.cyclesAreUnsupported(strategies.resolve(subclass))));
    }
    return permitted;
  }

  /**
   * The permitted subtypes, most specific first: a permitted class can also be a subclass of another
   * (a non-sealed one), and {@code instanceof} must try it before its superclass.
   */
  private List<TypeMirror> permittedSubtypes(TypeElement element) {
    List<TypeMirror> ordered = new ArrayList<>();
    for (TypeMirror permitted : element.getPermittedSubclasses()) {
      int at = ordered.size();
      for (int i = 0; i < ordered.size(); i++) {
        if (types.isSubtype(types.erasure(permitted), types.erasure(ordered.get(i)))) {
          at = i;
          break;
        }
      }
      ordered.add(at, permitted);
    }
    return ordered;
  }

  /**
   * Shared or cyclic when every part may be shared; an error when a mutable part meets a cycle; null
   * when the parts must be copied.
   */
  private Resolution combine(DeclaredType type, String name, List<Resolution> parts) {
    Set<String> through = new LinkedHashSet<>();
    boolean sharable = true;
    for (Resolution part : parts) {
      sharable &= part.sharable();
      if (part instanceof Resolution.Cyclic cyclic) {
        through.addAll(cyclic.through());
      }
    }
    through.remove(name);
    if (sharable) {
      return through.isEmpty()
          ? CopyStrategies.resolved(new CopyStrategy.Share())
          : new Resolution.Cyclic(type, through);
    }
    for (Resolution part : parts) {
      if (part instanceof Resolution.Cyclic) {
        return strategies.cyclesAreUnsupported(part);
      }
    }
    return null;
  }

  private boolean hasVisibleCanonicalConstructor(TypeElement record) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      if (constructor.getParameters().size() != components.size()
          || !Visibility.isVisibleFrom(constructor, copierPackage)) {
        continue;
      }
      boolean canonical = true;
      for (int i = 0; i < components.size(); i++) {
        canonical &= types.isSameType(
            types.erasure(constructor.getParameters().get(i).asType()),
            types.erasure(components.get(i).asType()));
      }
      if (canonical) {
        return true;
      }
    }
    return false;
  }

  private static String simpleName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((DeclaredType) type).asElement().getSimpleName().toString()
        : type.toString();
  }
}

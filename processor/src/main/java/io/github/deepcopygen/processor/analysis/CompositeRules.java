package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Rules 2, 9, 10 and 12 for types made of other types: a record, or a final class of final fields, is
 * shared when every part is immutable and rebuilt otherwise; a sealed type dispatches to its permitted
 * subtypes. Both may lead
 * back to themselves ({@code record Node(Node next)}), so the types being resolved are tracked, as types:
 * {@code Tagged<Tagged<List<String>>>} holds a {@code Tagged<List<String>>}, which is no cycle.
 */
final class CompositeRules {
  /** How often one record or sealed type may nest in itself with other type arguments each time. */
  private static final int MAX_NESTING = 4;

  private final CopyStrategies strategies;
  private final Types types;
  private final Elements elements;
  private final String copierPackage;
  private final List<TypeMirror> inProgress;
  private final List<LombokPromise> promises;
  private final PermittedSubtypes permittedSubtypes;

  /**
   * @param inProgress the records and sealed types being resolved, shared with the JSON-tree rules
   * @param promises where a rebuild through members Lombok has yet to write records them
   */
  CompositeRules(CopyStrategies strategies, Types types, Elements elements, String copierPackage,
      List<TypeMirror> inProgress, List<LombokPromise> promises) {
    this.strategies = strategies;
    this.types = types;
    this.elements = elements;
    this.copierPackage = copierPackage;
    this.inProgress = inProgress;
    this.promises = promises;
    this.permittedSubtypes = new PermittedSubtypes(types);
  }

  /** A record: shared if its components are immutable, else rebuilt from copies of them. */
  Resolution record(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    Optional<Resolution> again = enter(type);
    if (again.isPresent()) {
      return again.get();
    }
    List<Resolution> parts = new ArrayList<>();
    List<TypeMirror> componentTypes = new ArrayList<>();
    try {
      for (RecordComponentElement component : element.getRecordComponents()) {
        TypeMirror componentType =
            ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType();
        // The component's own marks count, whether or not the record is @DeepCopy.
        Resolution resolution =
            Annotations.hasAnnotation(component, Annotations.SHALLOW)
                ? CopyStrategies.resolved(new CopyStrategy.Share())
                : Annotations.hasAnnotation(component, Annotations.JSON_TREE)
                    ? strategies.forJsonTree().resolve(componentType)
                    : strategies.resolve(componentType);
        if (!resolution.succeeded()) {
          return resolution;
        }
        parts.add(resolution);
        componentTypes.add(componentType);
      }
    } finally {
      leave();
    }
    Optional<Resolution> whole = combine(type, parts);
    if (whole.isPresent()) {
      return whole.get();
    }
    if (!Visibility.isVisibleFrom(element, copierPackage) || !hasVisibleCanonicalConstructor(element)) {
      return new Resolution.Unsupported(type, Reason.RECORD_CONSTRUCTOR_HIDDEN, element.getSimpleName(),
          copierPackage);
    }
    List<CopyStrategy.Component> components = new ArrayList<>();
    List<? extends RecordComponentElement> elements = element.getRecordComponents();
    for (int i = 0; i < parts.size(); i++) {
      components.add(new CopyStrategy.Component(elements.get(i).getAccessor().getSimpleName().toString(),
          TypeName.get(componentTypes.get(i)), settled(parts.get(i))));
    }
    return CopyStrategies.resolved(new CopyStrategy.RebuildRecord(TypeName.get(type), components));
  }

  /**
   * Rule 10: a class whose fields are all final, shared if they are all immutable, else rebuilt through
   * the constructor that takes each of them, each read itself or through its getter; a class that is
   * not final refuses a subclass at run time.
   */
  Resolution valueClass(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      return new Resolution.Unsupported(type, Reason.RAW_TYPE);
    }
    Optional<Resolution> again = enter(type);
    if (again.isPresent()) {
      return again.get();
    }
    List<VariableElement> fields = ValueClasses.instanceFields(element);
    List<Resolution> parts = new ArrayList<>();
    List<TypeMirror> fieldTypes = new ArrayList<>();
    try {
      for (VariableElement field : fields) {
        TypeMirror fieldType = types.asMemberOf(type, field);
        Resolution resolution = Annotations.hasAnnotation(field, Annotations.SHALLOW)
            ? CopyStrategies.resolved(new CopyStrategy.Share())
            : strategies.resolve(fieldType);
        if (!resolution.succeeded()) {
          return resolution;
        }
        parts.add(resolution);
        fieldTypes.add(fieldType);
      }
    } finally {
      leave();
    }
    Optional<Resolution> whole = combine(type, parts);
    if (whole.isPresent()) {
      return whole.get();
    }
    // Lombok's @Value has not run yet when its fields are not final: it writes the constructor and the
    // getters after us, and makes the fields private, so the copy calls what it will write.
    boolean lombokPending = ValueClasses.awaitsLombok(element);
    List<LombokPromise> made = new ArrayList<>();
    Optional<List<String>> order = ValueClasses.constructorOrder(element, copierPackage, types, elements, made);
    if (!Visibility.isVisibleFrom(element, copierPackage) || order.isEmpty()) {
      return new Resolution.Unsupported(type, Reason.VALUE_CLASS_WITHOUT_CONSTRUCTOR,
          element.getSimpleName(), copierPackage);
    }
    List<CopyStrategy.Component> components = new ArrayList<>();
    for (String name : order.get()) {
      int i = indexOf(fields, name);
      VariableElement field = fields.get(i);
      TypeName fieldType = TypeName.get(fieldTypes.get(i));
      CopyStrategy strategy = settled(parts.get(i));
      Optional<CopyStrategy.Component> read = readOf(type, field, fieldType, strategy);
      if (read.isEmpty() && lombokPending) {
        read = Lombok.getter(field).map(getter -> {
          made.add(new LombokPromise(element.getQualifiedName().toString(), getter, 0));
          return new CopyStrategy.Component(name, getter, true, fieldType, strategy);
        });
      }
      if (read.isEmpty()) {
        String getter = "get" + Getters.capitalized(name) + "()";
        return new Resolution.Unsupported(type, Reason.VALUE_CLASS_FIELD_HIDDEN, name, getter,
            copierPackage, element.getSimpleName());
      }
      components.add(read.get());
    }
    promises.addAll(made);
    boolean subclassable = !element.getModifiers().contains(Modifier.FINAL)
        && !(lombokPending && Lombok.makesClassFinal(element));
    return CopyStrategies.resolved(
        new CopyStrategy.RebuildRecord(TypeName.get(type), components, subclassable));
  }

  /**
   * The field itself when the copier can see it (and Lombok will not make it private), else its visible
   * getter: {@code getX}, {@code isX}, or the name Lombok gave it ({@code @Accessors}, or the field's own
   * under {@code lombok.accessors.fluent}).
   */
  private Optional<CopyStrategy.Component> readOf(DeclaredType owner, VariableElement field, TypeName type,
      CopyStrategy strategy) {
    String name = field.getSimpleName().toString();
    TypeElement element = (TypeElement) owner.asElement();
    if (Visibility.isVisibleFrom(field, copierPackage) && !Lombok.makesFieldsPrivate(element)) {
      return Optional.of(new CopyStrategy.Component(name, name, false, type, strategy));
    }
    MethodsByName visible = new MethodsByName(ElementFilter.methodsIn(element.getEnclosedElements()).stream()
        .filter(m -> !m.getModifiers().contains(Modifier.STATIC) && Visibility.isVisibleFrom(m, copierPackage))
        .toList());
    TypeMirror fieldType = types.asMemberOf(owner, field);
    Optional<ExecutableElement> getter = Getters.find(types, owner, visible, name, fieldType)
        .or(() -> Lombok.marks(element)
            ? Lombok.writtenGetterNames(field).stream()
                .flatMap(lombok -> Getters.named(types, owner, visible, lombok, fieldType).stream())
                .findFirst()
            : Optional.empty());
    return getter.map(g -> new CopyStrategy.Component(name, g.getSimpleName().toString(), true, type, strategy));
  }

  private static int indexOf(List<VariableElement> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getSimpleName().contentEquals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no field " + name);
  }

  /** A sealed class or interface: each permitted subtype copied by its own rule. */
  Resolution sealed(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.CLASS
        && !element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Resolution.Unsupported(type, Reason.CONCRETE_SEALED_CLASS, element.getSimpleName());
    }
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      return new Resolution.Unsupported(type, Reason.RAW_TYPE);
    }
    Optional<Resolution> again = enter(type);
    if (again.isPresent()) {
      return again.get();
    }
    List<Resolution> parts = new ArrayList<>();
    List<PermittedSubtypes.Subtype> subtypes = permittedSubtypes.of(type);
    try {
      for (PermittedSubtypes.Subtype subtype : subtypes) {
        Resolution resolution = subtype.type().isPresent()
            ? strategies.resolve(subtype.type().get())
            : new Resolution.Unsupported(type, subtype.refusal());
        if (resolution instanceof Resolution.Unsupported unsupported) {
          return new Resolution.Unsupported(type, Explanation.wrapping(Reason.SEALED_SUBTYPE,
              unsupported.explanation(), subtype.raw().simpleName()));
        }
        if (!resolution.succeeded()) {
          return resolution;
        }
        parts.add(resolution);
      }
    } finally {
      leave();
    }
    Optional<Resolution> whole = combine(type, parts);
    if (whole.isPresent()) {
      return whole.get();
    }
    List<CopyStrategy.Case> cases = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      PermittedSubtypes.Subtype subtype = subtypes.get(i);
      cases.add(new CopyStrategy.Case(
          subtype.raw(), TypeName.get(subtype.type().get()), settled(parts.get(i))));
    }
    return CopyStrategies.resolved(new CopyStrategy.Dispatch(TypeName.get(type), cases));
  }

  /** One permitted subclass of a sealed {@code @DeepCopy} class, and how it resolved. */
  record Permitted(PermittedSubtypes.Subtype subtype, Resolution resolution) {}

  /** For a sealed {@code @DeepCopy} class: each permitted subclass, most specific first, resolved. */
  List<Permitted> permittedOf(TypeElement element) {
    List<Permitted> permitted = new ArrayList<>();
    for (PermittedSubtypes.Subtype subtype : permittedSubtypes.of((DeclaredType) element.asType())) {
      Resolution resolution = subtype.type().isPresent()
          ? strategies.cyclesAreUnsupported(strategies.resolve(subtype.type().get()))
          : new Resolution.Unsupported(element.asType(), subtype.refusal());
      permitted.add(new Permitted(subtype, resolution));
    }
    return permitted;
  }

  /**
   * Starts resolving {@code type}; if it is already being resolved, the cycle that makes; if it has
   * nested in itself too often, the refusal of a type that grows at every level.
   */
  private Optional<Resolution> enter(DeclaredType type) {
    int nesting = 0;
    for (TypeMirror open : inProgress) {
      if (types.isSameType(open, type)) {
        return Optional.of(new Resolution.Cyclic(type, Set.of(keyOf(type)), fallbackOf(type)));
      }
      if (((DeclaredType) open).asElement().equals(type.asElement())) {
        nesting++;
      }
    }
    if (nesting >= MAX_NESTING) {
      String simple = type.asElement().getSimpleName().toString();
      return Optional.of(new Resolution.Unsupported(type, Reason.GROWING_TYPE, simple, simple));
    }
    inProgress.add(type);
    return Optional.empty();
  }

  private void leave() {
    inProgress.remove(inProgress.size() - 1);
  }

  /** The type's own copy, for when a cycle through it holds a mutable value. */
  private Optional<CopyStrategy> fallbackOf(DeclaredType type) {
    return strategies.ownCopy(type)
        .filter(r -> r instanceof Resolution.Resolved)
        .map(r -> ((Resolution.Resolved) r).strategy());
  }

  /**
   * Shared, or cyclic, when every part may be shared; an error when a mutable part meets a cycle that
   * has no copy of its own; empty when the parts must be copied.
   */
  private Optional<Resolution> combine(DeclaredType type, List<Resolution> parts) {
    Set<String> through = new LinkedHashSet<>();
    boolean sharable = true;
    for (Resolution part : parts) {
      sharable &= part.sharable();
      if (part instanceof Resolution.Cyclic cyclic) {
        through.addAll(cyclic.through());
      }
    }
    through.remove(keyOf(type));
    if (sharable) {
      return Optional.of(through.isEmpty()
          ? CopyStrategies.resolved(new CopyStrategy.Share())
          : new Resolution.Cyclic(type, through, fallbackOf(type)));
    }
    for (Resolution part : parts) {
      if (part instanceof Resolution.Cyclic cyclic && cyclic.fallback().isEmpty()) {
        return Optional.of(strategies.cyclesAreUnsupported(part));
      }
    }
    return Optional.empty();
  }

  /** The strategy of a part that is copied: its own, or the copy its cycle falls back on. */
  private static CopyStrategy settled(Resolution part) {
    return part instanceof Resolution.Cyclic cyclic
        ? cyclic.fallback().orElseThrow()
        : ((Resolution.Resolved) part).strategy();
  }

  private static String keyOf(TypeMirror type) {
    return TypeName.get(type).toString();
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
}

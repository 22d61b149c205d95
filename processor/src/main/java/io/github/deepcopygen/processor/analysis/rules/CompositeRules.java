package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.Constructors;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Rules 2, 9, 10 and 12 for types made of other types: a record, or a final class of final fields,
 * is shared when every part is immutable and rebuilt otherwise; a sealed type dispatches to its
 * permitted subtypes. All three walk their parts the same way ({@link #composite}). Each may lead
 * back to itself ({@code record Node(Node next)}), so the types being resolved are tracked, as
 * types: {@code Tagged<Tagged<List<String>>>} holds a {@code Tagged<List<String>>}, which is no
 * cycle.
 */
public final class CompositeRules {
  /** How often one record or sealed type may nest in itself with other type arguments each time. */
  private static final int MAX_NESTING = 4;

  private final RuleTable strategies;
  private final Types types;
  private final String copierPackage;
  private final List<TypeMirror> inProgress;
  private final PermittedSubtypes permittedSubtypes;
  private final ValueClassRebuild valueClasses;

  /**
   * @param inProgress the records and sealed types being resolved, shared with the JSON-tree rules
   * @param promises where a rebuild through members Lombok has yet to write records them
   */
  CompositeRules(
      RuleTable strategies,
      Types types,
      Elements elements,
      String copierPackage,
      List<TypeMirror> inProgress,
      List<LombokPromise> promises) {
    this.strategies = strategies;
    this.types = types;
    this.copierPackage = copierPackage;
    this.inProgress = inProgress;
    this.permittedSubtypes = new PermittedSubtypes(types);
    this.valueClasses = new ValueClassRebuild(types, elements, copierPackage, promises);
  }

  /** A record: shared if its components are immutable, else rebuilt from copies of them. */
  Resolution record(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    List<? extends RecordComponentElement> components = element.getRecordComponents();
    List<TypeMirror> componentTypes =
        components.stream()
            .map(c -> ((ExecutableType) types.asMemberOf(type, c.getAccessor())).getReturnType())
            .toList();
    return composite(
        type,
        indices(components.size()),
        i -> {
          // The component's own marks count, whether or not the record is @DeepCopy.
          RecordComponentElement component = components.get(i);
          if (Annotations.hasAnnotation(component, Annotations.SHALLOW)) {
            return Resolution.shared();
          }
          return Annotations.hasAnnotation(component, Annotations.JSON_TREE)
              ? strategies.forJsonTree().resolve(componentTypes.get(i))
              : strategies.resolve(componentTypes.get(i));
        },
        settled -> {
          if (!Visibility.isVisibleFrom(element, copierPackage)
              || !Constructors.hasVisibleCanonical(element, copierPackage, types)) {
            return new Resolution.Unsupported(
                type, Reason.RECORD_CONSTRUCTOR_HIDDEN, element.getSimpleName(), copierPackage);
          }
          List<CopyStrategy.Component> rebuilt = new ArrayList<>();
          for (int i = 0; i < settled.size(); i++) {
            rebuilt.add(
                new CopyStrategy.Component(
                    components.get(i).getAccessor().getSimpleName().toString(),
                    TypeName.get(componentTypes.get(i)),
                    settled.get(i)));
          }
          return Resolution.resolved(
              new CopyStrategy.RebuildRecord(TypeName.get(type), rebuilt, false));
        });
  }

  /**
   * Rule 10: a class whose fields are all final, shared if they are all immutable, else rebuilt
   * through the constructor that takes each of them ({@link ValueClassRebuild}).
   */
  Resolution valueClass(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      return new Resolution.Unsupported(type, Reason.RAW_TYPE);
    }
    List<VariableElement> fields = ValueClasses.instanceFields(element);
    List<TypeMirror> fieldTypes = fields.stream().map(f -> types.asMemberOf(type, f)).toList();
    return composite(
        type,
        indices(fields.size()),
        i ->
            Annotations.hasAnnotation(fields.get(i), Annotations.SHALLOW)
                ? Resolution.shared()
                : strategies.resolve(fieldTypes.get(i)),
        settled -> valueClasses.rebuild(type, fields, fieldTypes, settled));
  }

  /** A sealed class or interface: each permitted subtype copied by its own rule. */
  Resolution sealed(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.CLASS
        && !element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Resolution.Unsupported(
          type, Reason.CONCRETE_SEALED_CLASS, element.getSimpleName());
    }
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      return new Resolution.Unsupported(type, Reason.RAW_TYPE);
    }
    List<PermittedSubtypes.Subtype> subtypes = permittedSubtypes.of(type);
    return composite(
        type,
        subtypes,
        subtype -> {
          Resolution resolution =
              subtype.type().isPresent()
                  ? strategies.resolve(subtype.type().get())
                  : new Resolution.Unsupported(type, subtype.refusal());
          return resolution instanceof Resolution.Unsupported unsupported
              ? new Resolution.Unsupported(
                  type,
                  Explanation.wrapping(
                      Reason.SEALED_SUBTYPE, unsupported.explanation(), subtype.raw().simpleName()))
              : resolution;
        },
        settled -> {
          List<CopyStrategy.Case> cases = new ArrayList<>();
          for (int i = 0; i < settled.size(); i++) {
            PermittedSubtypes.Subtype subtype = subtypes.get(i);
            cases.add(
                new CopyStrategy.Case(
                    subtype.raw(), TypeName.get(subtype.type().get()), settled.get(i)));
          }
          return Resolution.resolved(
              new CopyStrategy.Dispatch(TypeName.get(type), cases, true, Optional.empty()));
        });
  }

  /** One permitted subclass of a sealed {@code @DeepCopy} class, and how it resolved. */
  public record Permitted(PermittedSubtypes.Subtype subtype, Resolution resolution) {}

  /**
   * For a sealed {@code @DeepCopy} class: each permitted subclass, most specific first, resolved.
   */
  List<Permitted> permittedOf(TypeElement element) {
    List<Permitted> permitted = new ArrayList<>();
    for (PermittedSubtypes.Subtype subtype :
        permittedSubtypes.of((DeclaredType) element.asType())) {
      Resolution resolution =
          subtype.type().isPresent()
              ? Resolution.cyclesAreUnsupported(strategies.resolve(subtype.type().get()))
              : new Resolution.Unsupported(element.asType(), subtype.refusal());
      permitted.add(new Permitted(subtype, resolution));
    }
    return permitted;
  }

  /**
   * The one walk of every composite type: enters {@code type} (a cycle through it, or a type that
   * grows at every level, ends it here), resolves each part, stops at the first that fails, and
   * shares the whole when every part may be shared. Otherwise {@code build} makes the copy from
   * each part's strategy, in the order of {@code parts}.
   */
  private <P> Resolution composite(
      DeclaredType type,
      List<P> parts,
      Function<P, Resolution> resolve,
      Function<List<CopyStrategy>, Resolution> build) {
    Optional<Resolution> again = enter(type);
    if (again.isPresent()) {
      return again.get();
    }
    List<Resolution> resolved = new ArrayList<>();
    try {
      for (P part : parts) {
        Resolution resolution = resolve.apply(part);
        if (!resolution.succeeded()) {
          return resolution;
        }
        resolved.add(resolution);
      }
    } finally {
      leave();
    }
    Optional<Resolution> whole = combine(type, resolved);
    if (whole.isPresent()) {
      return whole.get();
    }
    return build.apply(resolved.stream().map(CompositeRules::settled).toList());
  }

  private static List<Integer> indices(int size) {
    return IntStream.range(0, size).boxed().toList();
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
    return strategies
        .ownCopy(type)
        .filter(r -> r instanceof Resolution.Resolved)
        .map(r -> ((Resolution.Resolved) r).strategy());
  }

  /**
   * Shared, or cyclic, when every part may be shared; an error when a mutable part meets a cycle
   * that has no copy of its own; empty when the parts must be copied.
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
      return Optional.of(
          through.isEmpty()
              ? Resolution.shared()
              : new Resolution.Cyclic(type, through, fallbackOf(type)));
    }
    for (Resolution part : parts) {
      if (part instanceof Resolution.Cyclic cyclic && cyclic.fallback().isEmpty()) {
        return Optional.of(Resolution.cyclesAreUnsupported(part));
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
}

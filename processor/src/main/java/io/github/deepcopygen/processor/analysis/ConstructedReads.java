package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.jackson.JsonCreators;
import io.github.deepcopygen.processor.analysis.lombok.Lombok;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.analysis.rules.ValueClasses;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The arguments of a rule-10 copy: how the copier reads each final field (the field itself when it
 * can see it, else its getter), and the order of the constructor that takes them all.
 */
final class ConstructedReads {
  private final TypeElement type;
  private final AccessResolver access;
  private final Findings findings;
  private final List<LombokPromise> promises = new ArrayList<>();

  /** The field each component read so far reads, in the same order. */
  private final List<String> read = new ArrayList<>();

  /** The creator Jackson builds a library class through, when it is not a rule-10 class. */
  private final Optional<JsonCreators.Creator> creator;

  ConstructedReads(
      TypeElement type,
      AccessResolver access,
      Findings findings,
      Optional<JsonCreators.Creator> creator) {
    this.type = type;
    this.access = access;
    this.findings = findings;
    this.creator = creator;
  }

  /** A library class's JSON property as a constructor argument, read through its getter. */
  CopyStrategy.Component readThrough(
      Property property, String getter, TypeName propertyType, CopyStrategy strategy) {
    read.add(property.name());
    return new CopyStrategy.Component(property.name(), getter, true, propertyType, strategy);
  }

  /**
   * The field as a constructor argument, or nothing when the copier cannot read it (a problem
   * then).
   */
  Optional<CopyStrategy.Component> read(
      Property property, TypeName propertyType, CopyStrategy strategy) {
    // Lombok's @Value makes every field private, also one that is not private yet when we run
    // first.
    if (!Lombok.makesFieldsPrivate(type) && access.canSee(property)) {
      read.add(property.name());
      return Optional.of(
          new CopyStrategy.Component(
              property.name(), property.name(), false, propertyType, strategy));
    }
    AccessResolver.Verdict getter = access.getterOf(property);
    if (getter instanceof AccessResolver.Blocked blocked) {
      findings.problems.add(blocked.problem());
      return Optional.empty();
    }
    read.add(property.name());
    String name = ((AccessResolver.ReadThrough) getter).getter();
    return Optional.of(
        new CopyStrategy.Component(property.name(), name, true, propertyType, strategy));
  }

  /**
   * Puts {@code components} (one per field, in declaration order) in the order of the constructor
   * that takes every field; without one, reports which fields none takes.
   */
  void inConstructorOrder(
      List<CopyStrategy.Component> components,
      String copierPackage,
      Types types,
      Elements elements,
      String copier) {
    List<VariableElement> fields = ValueClasses.instanceFields(type);
    Optional<List<String>> order =
        creator.isEmpty()
            ? ValueClasses.constructorOrder(type, copierPackage, types, elements, promises)
            : creator.map(JsonCreators.Creator::names);
    if (order.isEmpty()) {
      findings.problems.add(
          Problem.of(
              Message.NO_VALUE_CONSTRUCTOR,
              type,
              type.getSimpleName(),
              copier,
              String.join(", ", unplaced(fields, copierPackage, types)),
              type.getSimpleName()));
      return;
    }
    List<String> names = order.get();
    if (components.size() == names.size()) {
      List<CopyStrategy.Component> byField = new ArrayList<>(components);
      components.clear();
      for (String name : names) {
        components.add(byField.get(read.indexOf(name)));
      }
    }
  }

  List<LombokPromise> promises() {
    return List.copyOf(promises);
  }

  /** The fields the constructor that takes the most of them does not take, by name and type. */
  private List<String> unplaced(List<VariableElement> fields, String copierPackage, Types types) {
    List<String> best = fields.stream().map(f -> f.getSimpleName().toString()).toList();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!Visibility.isVisibleFrom(constructor, copierPackage)) {
        continue;
      }
      List<String> left = new ArrayList<>();
      for (VariableElement field : fields) {
        boolean taken =
            constructor.getParameters().stream()
                .anyMatch(
                    p ->
                        p.getSimpleName().contentEquals(field.getSimpleName())
                            && types.isSameType(p.asType(), field.asType()));
        if (!taken) {
          left.add(field.getSimpleName().toString());
        }
      }
      if (left.size() < best.size()) {
        best = left;
      }
    }
    return best.isEmpty() ? fields.stream().map(f -> f.getSimpleName().toString()).toList() : best;
  }
}

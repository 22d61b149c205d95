package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.analysis.jackson.JsonProperties;
import io.github.deepcopygen.processor.analysis.jackson.JsonProperty;
import io.github.deepcopygen.processor.analysis.rules.CopyStrategies;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.MissingSite;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.FieldAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Where a target's properties come from: a record's components, a class's fields and its
 * superclasses' (read and written as section 5 says), or a library class's JavaBeans properties.
 * The problems found on the way, and the types still missing, go into the findings.
 */
final class PropertySources {
  /** One property, and its access when the source decides it (a JavaBean's getter and setter). */
  record SourcedProperty(Property property, Optional<FieldAccess> access) {}

  /** The properties to copy, and the nearest superclass whose own copier copies the rest. */
  record Collected(List<SourcedProperty> properties, Optional<DeclaredType> superclass) {}

  private final Types types;
  private final Elements elements;
  private final CopyStrategies strategies;

  PropertySources(Types types, Elements elements, CopyStrategies strategies) {
    this.types = types;
    this.elements = elements;
    this.strategies = strategies;
  }

  Collected collect(Target target, CopyPlan.Shape shape, Findings findings) {
    TypeElement type = target.type();
    if (target.library()) {
      JsonProperties.Scan found = new JsonProperties(types, elements).of(type);
      List<String> uncopied =
          found.unreachedFields().stream()
              .filter(field -> !target.includes().acknowledgesUncopied(type, field))
              .toList();
      if (!uncopied.isEmpty()) {
        String qualified = type.getQualifiedName().toString();
        findings.warnings.add(
            Problem.of(
                Message.UNCOPIED_FIELDS,
                type,
                target.describedName(),
                String.join(", ", uncopied),
                target.copier().simpleName(),
                String.join(
                    ", ", uncopied.stream().map(f -> "\"" + qualified + "." + f + "\"").toList()),
                target.copier().packageName(),
                type.getSimpleName()));
      }
      List<SourcedProperty> beans = new ArrayList<>();
      for (JsonProperty bean : found.beans()) {
        beans.add(new SourcedProperty(bean.property(), bean.access()));
      }
      return new Collected(beans, Optional.empty());
    }
    PropertyCollector collector = new PropertyCollector(types, strategies);
    if (shape == CopyPlan.Shape.RECORD) {
      return new Collected(withoutAccess(collector.ofRecord(type)), Optional.empty());
    }
    PropertyCollector.Hierarchy hierarchy = collector.ofClass(type);
    hierarchy
        .missingSuperclass()
        .ifPresent(
            missing ->
                findings.missing(
                    Problem.of(
                        Message.MISSING_TYPE,
                        type,
                        MissingSite.SUPERCLASS.describe(type.getSimpleName()),
                        missing),
                    missing));
    for (PropertyCollector.Overridden overridden : hierarchy.overridden()) {
      TypeElement owner = (TypeElement) overridden.hidden().getEnclosingElement();
      String superCopier =
          hierarchy
              .deepCopySuperclass()
              .flatMap(s -> strategies.copierOf((TypeElement) s.asElement()))
              .map(copier -> copier.simpleName())
              .orElse(target.copier().simpleName());
      findings.problems.add(
          Problem.of(
              Message.INACCESSIBLE_FIELD,
              overridden.field(),
              overridden.hidden().getSimpleName(),
              owner.getSimpleName(),
              "read or written",
              superCopier,
              Explanation.of(
                  Reason.SUPERCLASS_ACCESSORS_OVERRIDDEN,
                  type.getSimpleName(),
                  overridden.field().getSimpleName(),
                  overridden.accessor(),
                  owner.getSimpleName(),
                  overridden.hidden().getSimpleName())));
    }
    return new Collected(withoutAccess(hierarchy.properties()), hierarchy.deepCopySuperclass());
  }

  private static List<SourcedProperty> withoutAccess(List<Property> properties) {
    return properties.stream()
        .map(p -> new SourcedProperty(p, Optional.<FieldAccess>empty()))
        .toList();
  }
}

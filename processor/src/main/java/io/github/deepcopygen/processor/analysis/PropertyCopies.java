package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.jackson.JsonCreators;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.analysis.rules.CopyStrategies;
import io.github.deepcopygen.processor.analysis.rules.Resolution;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.FieldCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Each property of a target with the rule that copies it and the way the copier reaches it: a
 * class's fields (read and written), or the components of a record or a constructed class (read,
 * then passed to its constructor in order).
 */
final class PropertyCopies {
  private final List<FieldCopy> fields = new ArrayList<>();
  private final List<CopyStrategy.Component> components = new ArrayList<>();
  private final CopyPlan.Shape shape;
  private final AccessResolver access;
  private final ConstructedReads constructed;
  private final Findings findings;

  PropertyCopies(
      Types types,
      Elements elements,
      Target target,
      CopyPlan.Shape shape,
      Optional<JsonCreators.Creator> creator,
      Findings findings) {
    TypeElement type = target.type();
    this.shape = shape;
    this.findings = findings;
    this.access = new AccessResolver(types, elements, type, target.copier().simpleName());
    this.constructed = new ConstructedReads(type, access, findings, creator);
  }

  /**
   * Resolves every property: {@code @DeepCopy.Shallow} ones are shared, {@code @DeepCopy.JsonTree}
   * ones (and all of a library class's, whose model is JSON-shaped) copied as JSON values.
   */
  void addAll(
      List<PropertySources.SourcedProperty> properties,
      CopyStrategies strategies,
      boolean library) {
    CopyStrategies unmarked = library ? strategies.forJsonTree() : strategies;
    for (PropertySources.SourcedProperty sourced : properties) {
      Property property = sourced.property();
      Resolution resolution =
          property.shallow()
              ? Resolution.shared()
              : Resolution.cyclesAreUnsupported(
                  (property.jsonTree() ? strategies.forJsonTree() : unmarked)
                      .resolve(property.type()));
      findings.strategyOf(resolution, property).ifPresent(strategy -> add(sourced, strategy));
    }
  }

  private void add(PropertySources.SourcedProperty sourced, CopyStrategy strategy) {
    Property property = sourced.property();
    TypeName propertyType = TypeName.get(property.type());
    if (shape == CopyPlan.Shape.RECORD) {
      components.add(new CopyStrategy.Component(property.name(), propertyType, strategy));
      return;
    }
    if (shape == CopyPlan.Shape.CONSTRUCTED) {
      // A library class's JSON property is its getter.
      (property.element() instanceof ExecutableElement getter
              ? Optional.of(
                  constructed.readThrough(
                      property, getter.getSimpleName().toString(), propertyType, strategy))
              : constructed.read(property, propertyType, strategy))
          .ifPresent(components::add);
      return;
    }
    AccessResolver.Verdict verdict =
        sourced
            .access()
            .<AccessResolver.Verdict>map(AccessResolver.Granted::new)
            .orElseGet(() -> access.resolve(property));
    if (verdict instanceof AccessResolver.Blocked blocked) {
      findings.problems.add(blocked.problem());
    } else if (verdict instanceof AccessResolver.Granted granted) {
      fields.add(new FieldCopy(property.name(), propertyType, granted.access(), strategy));
    }
  }

  /** A constructed class's components, put in the order of the constructor that takes them. */
  void orderForConstructor(String packageName, Types types, Elements elements, String copierName) {
    if (shape == CopyPlan.Shape.CONSTRUCTED) {
      constructed.inConstructorOrder(components, packageName, types, elements, copierName);
    }
  }

  /** Members Lombok has yet to write that the copier will call to read or write the properties. */
  List<LombokPromise> promises() {
    List<LombokPromise> promises = new ArrayList<>(access.promises());
    promises.addAll(constructed.promises());
    return promises;
  }

  CopyPlan.Properties toPlan(Optional<CopyStrategy.UseCopier> superCopier) {
    return new CopyPlan.Properties(superCopier, fields, components);
  }
}

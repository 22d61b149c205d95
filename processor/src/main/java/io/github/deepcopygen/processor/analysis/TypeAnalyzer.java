package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.FieldAccess;
import io.github.deepcopygen.processor.model.FieldCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns one {@code @DeepCopy} type into a {@link CopyPlan}, or into every problem that prevents one. */
public final class TypeAnalyzer {
  private final Types types;
  private final Elements elements;
  private final boolean generatedAnnotation;

  public TypeAnalyzer(Types types, Elements elements, boolean generatedAnnotation) {
    this.types = types;
    this.elements = elements;
    this.generatedAnnotation = generatedAnnotation;
  }

  /**
   * Analyses {@code type}. Until {@code lastRound}, a field whose type does not exist yet defers the
   * whole type; in the last round it is an error.
   */
  public AnalysisResult analyze(TypeElement type, boolean lastRound) {
    Optional<Problem> invalid = TargetCheck.check(type);
    if (invalid.isPresent()) {
      return new AnalysisResult.Rejected(List.of(invalid.get()));
    }
    ClassName copier = CopierNames.copierOf(type);
    String packageName = copier.packageName();
    CopyPlan.Shape shape = shapeOf(type);
    PropertyCollector collector = new PropertyCollector(types);
    List<Property> properties;
    Optional<TypeElement> superclass = Optional.empty();
    if (shape == CopyPlan.Shape.RECORD) {
      properties = collector.ofRecord(type);
    } else {
      PropertyCollector.Hierarchy hierarchy = collector.ofClass(type);
      properties = hierarchy.properties();
      superclass = hierarchy.deepCopySuperclass();
    }

    List<Problem> problems = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<FieldCopy> fields = new ArrayList<>();
    CopyStrategies strategies = new CopyStrategies(types, elements, packageName);
    AccessResolver access = new AccessResolver(types, elements, type, copier.simpleName());
    for (Property property : properties) {
      Resolution resolution = strategies.resolve(property.type());
      if (resolution instanceof Resolution.Missing m) {
        missing.add(m.type().toString());
        problems.add(
            Problem.of(Message.MISSING_TYPE, property.element(), property.name(), m.type()));
        continue;
      }
      if (resolution instanceof Resolution.Unsupported u) {
        problems.add(
            Problem.of(
                Message.UNSUPPORTED_TYPE,
                property.element(),
                property.name(),
                property.type(),
                u.offending(),
                u.why(),
                u.fix()));
        continue;
      }
      if (resolution instanceof Resolution.MutableKey k) {
        problems.add(Problem.of(Message.MUTABLE_MAP_KEY, property.element(), property.name(), k.key()));
        continue;
      }
      FieldAccess fieldAccess;
      if (shape == CopyPlan.Shape.RECORD) {
        fieldAccess = new FieldAccess.Component(property.name());
      } else {
        AccessResolver.Outcome outcome = access.resolve(property);
        if (outcome instanceof AccessResolver.Blocked blocked) {
          problems.add(blocked.problem());
          continue;
        }
        fieldAccess = ((AccessResolver.Found) outcome).access();
      }
      fields.add(
          new FieldCopy(
              property.name(),
              TypeName.get(property.type()),
              fieldAccess,
              ((Resolution.Resolved) resolution).strategy()));
    }
    if (!missing.isEmpty() && !lastRound) {
      return new AnalysisResult.Deferred(missing);
    }
    if (superclass.isPresent() && !Visibility.isVisibleFrom(superclass.get(), packageName)) {
      problems.add(
          Problem.of(
              Message.INACCESSIBLE_SUPERCLASS,
              type,
              superclass.get().getQualifiedName(),
              packageName,
              superclass.get().getSimpleName()));
    }
    if (shape == CopyPlan.Shape.CLASS && !hasNoArgConstructor(type)) {
      problems.add(Problem.of(Message.NO_CONSTRUCTOR, type, type.getSimpleName(), copier.simpleName(),
          type.getSimpleName()));
    }
    if (!problems.isEmpty()) {
      return new AnalysisResult.Rejected(problems);
    }
    return new AnalysisResult.Planned(
        new CopyPlan(
            ClassName.get(type),
            copier,
            type.getModifiers().contains(Modifier.PUBLIC),
            shape,
            shape == CopyPlan.Shape.CLASS && !type.getModifiers().contains(Modifier.FINAL),
            superclass.map(CopierNames::copierOf),
            fields,
            generatedAnnotation));
  }

  private static CopyPlan.Shape shapeOf(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return CopyPlan.Shape.RECORD;
    }
    return type.getModifiers().contains(Modifier.ABSTRACT)
        ? CopyPlan.Shape.ABSTRACT_CLASS
        : CopyPlan.Shape.CLASS;
  }

  private static boolean hasNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}

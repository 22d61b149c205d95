package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.FieldCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns one {@code @DeepCopy} type into a {@link CopyPlan}, or into every problem that prevents one. */
public final class TypeAnalyzer {
  private final Types types;
  private final Elements elements;
  private final GeneratedAnnotation generatedAnnotation;
  private final SourceTypes sources;

  public TypeAnalyzer(Types types, Elements elements, GeneratedAnnotation generatedAnnotation,
      SourceTypes sources) {
    this.types = types;
    this.elements = elements;
    this.generatedAnnotation = generatedAnnotation;
    this.sources = sources;
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
    TypeVariables operators = TypeVariables.of(type);
    List<TypeVariableName> typeVariables = typeVariablesOf(type);
    UsesMethods uses = new UsesMethods(types, type, packageName);
    CopyStrategies strategies = new CopyStrategies(types, elements, packageName, uses, operators,
        Includes.of(Visibility.packageOf(type)), sources);
    CopyStrategies jsonStrategies = strategies.forJsonTree();
    Findings findings = new Findings();
    uses.problems().forEach(findings.problems::add);

    PropertyCollector collector = new PropertyCollector(types, strategies);
    List<Property> properties;
    Optional<DeclaredType> superclass = Optional.empty();
    if (shape == CopyPlan.Shape.RECORD) {
      properties = collector.ofRecord(type);
    } else {
      PropertyCollector.Hierarchy hierarchy = collector.ofClass(type);
      properties = hierarchy.properties();
      superclass = hierarchy.deepCopySuperclass();
      hierarchy.missingSuperclass().ifPresent(missing -> findings.missing(
          Problem.of(Message.MISSING_TYPE, type, "superclass of " + type.getSimpleName(), missing),
          missing));
      for (PropertyCollector.Overridden overridden : hierarchy.overridden()) {
        TypeElement owner = (TypeElement) overridden.hidden().getEnclosingElement();
        findings.problems.add(Problem.of(Message.INACCESSIBLE_FIELD, overridden.field(),
            overridden.hidden().getSimpleName(), owner.getSimpleName(), "read or written",
            superclass.flatMap(s -> strategies.copierOf((TypeElement) s.asElement())).orElseThrow()
                .simpleName(),
            Explanation.of(Reason.SUPERCLASS_ACCESSORS_OVERRIDDEN, type.getSimpleName(),
                overridden.field().getSimpleName(), overridden.accessor(), owner.getSimpleName(),
                overridden.hidden().getSimpleName())));
      }
    }
    List<FieldCopy> fields = new ArrayList<>();
    List<CopyStrategy.Component> components = new ArrayList<>();
    AccessResolver access = new AccessResolver(types, elements, type, copier.simpleName());
    for (Property property : properties) {
      Resolution resolution =
          property.shallow()
              ? CopyStrategies.resolved(new CopyStrategy.Share())
              : property.jsonTree()
                  ? strategies.cyclesAreUnsupported(jsonStrategies.resolve(property.type()))
                  : strategies.cyclesAreUnsupported(strategies.resolve(property.type()));
      Optional<CopyStrategy> strategy = findings.strategyOf(resolution, property);
      if (strategy.isEmpty()) {
        continue;
      }
      if (shape == CopyPlan.Shape.RECORD) {
        components.add(
            new CopyStrategy.Component(property.name(), TypeName.get(property.type()), strategy.get()));
        continue;
      }
      AccessResolver.Outcome outcome = access.resolve(property);
      if (outcome instanceof AccessResolver.Blocked blocked) {
        findings.problems.add(blocked.problem());
      } else if (outcome instanceof AccessResolver.Found found) {
        fields.add(new FieldCopy(
            property.name(), TypeName.get(property.type()), found.access(), strategy.get()));
      }
    }
    Optional<CopyStrategy.UseCopier> superCopier =
        superclass.flatMap(s -> superCopier(type, s, strategies, findings, packageName));
    List<CopyStrategy.Case> subclasses =
        type.getModifiers().contains(Modifier.SEALED) && shape == CopyPlan.Shape.CLASS
            ? subclassCases(type, strategies, findings)
            : List.of();
    if (!findings.missing.isEmpty() && !lastRound) {
      return new AnalysisResult.Deferred(findings.missing);
    }
    if (shape == CopyPlan.Shape.CLASS && !hasNoArgConstructor(type)) {
      findings.problems.add(Problem.of(Message.NO_CONSTRUCTOR, type, type.getSimpleName(),
          copier.simpleName(), type.getSimpleName()));
    }
    if (!findings.problems.isEmpty()) {
      return new AnalysisResult.Rejected(findings.problems);
    }
    return new AnalysisResult.Planned(
        new CopyPlan(
            ClassName.get(type),
            typeVariables,
            operators.operators(),
            copier,
            type.getModifiers().contains(Modifier.PUBLIC),
            shape,
            subclasses,
            exactClassOf(type, shape),
            false,
            superCopier,
            fields,
            components,
            generatedAnnotation.allowedFor(type)));
  }

  /**
   * Analyses a class listed in {@code @DeepCopy.Include}: its copier goes to the listing package and
   * copies its JavaBeans properties. Every problem points at the class in the list.
   */
  public AnalysisResult analyzeIncluded(Includes.Entry entry, Includes siblings, boolean lastRound) {
    TypeElement type = entry.type();
    String packageName = entry.copier().packageName();
    Findings findings = new Findings();
    IncludeCheck.check(entry, siblings, packageName).ifPresent(findings.problems::add);
    if (!findings.problems.isEmpty()) {
      return new AnalysisResult.Rejected(relocated(findings.problems, entry));
    }
    TypeVariables operators = TypeVariables.of(type);
    List<TypeVariableName> typeVariables = typeVariablesOf(type);
    // A library's model is JSON-shaped: every Object in it is a JSON value.
    CopyStrategies strategies =
        new CopyStrategies(types, elements, packageName, new UsesMethods(types, type, packageName),
            operators, siblings, sources).forJsonTree();
    BeanProperties.Found found = new BeanProperties(types, elements).of(type);
    for (String field : found.unreachedFields()) {
      findings.problems.add(Problem.of(Message.INACCESSIBLE_FIELD, type, field, type.getSimpleName(),
          "read or written", entry.copier().simpleName(),
          Explanation.of(Reason.NO_PROPERTY, type.getSimpleName())));
    }
    List<FieldCopy> fields = new ArrayList<>();
    for (BeanProperties.Bean bean : found.beans()) {
      Property property = bean.property();
      Optional<CopyStrategy> strategy =
          findings.strategyOf(strategies.cyclesAreUnsupported(strategies.resolve(property.type())), property);
      strategy.ifPresent(s -> fields.add(
          new FieldCopy(property.name(), TypeName.get(property.type()), bean.access(), s)));
    }
    if (!findings.missing.isEmpty() && !lastRound) {
      return new AnalysisResult.Deferred(findings.missing);
    }
    if (!findings.problems.isEmpty()) {
      return new AnalysisResult.Rejected(relocated(findings.problems, entry));
    }
    CopyPlan.Shape shape = shapeOf(type);
    return new AnalysisResult.Planned(
        new CopyPlan(
            ClassName.get(type),
            typeVariables,
            operators.operators(),
            entry.copier(),
            true,
            shape,
            List.of(),
            exactClassOf(type, shape),
            true,
            Optional.empty(),
            fields,
            List.of(),
            generatedAnnotation.allowedFor(entry.site())));
  }

  /** A library's class has no source here: its problems go to where the package lists it. */
  private static List<Problem> relocated(List<Problem> problems, Includes.Entry entry) {
    return problems.stream()
        .map(p -> new Problem(p.message(), entry.site(),
            Optional.of(new Problem.AnnotationValueRef(entry.mirror(), entry.value())), p.args()))
        .toList();
  }

  /** The superclass's copier, with an operator for each of its type arguments. */
  private static Optional<CopyStrategy.UseCopier> superCopier(TypeElement type, DeclaredType superclass,
      CopyStrategies strategies, Findings findings, String packageName) {
    TypeElement element = (TypeElement) superclass.asElement();
    if (!Visibility.isVisibleFrom(element, packageName)) {
      findings.problems.add(Problem.of(Message.INACCESSIBLE_SUPERCLASS, type,
          element.getQualifiedName(), packageName, element.getSimpleName()));
      return Optional.empty();
    }
    List<CopyStrategy.Operator> operators = new ArrayList<>();
    for (TypeMirror argument : superclass.getTypeArguments()) {
      Resolution resolution = strategies.cyclesAreUnsupported(strategies.resolve(argument));
      if (resolution instanceof Resolution.Resolved resolved) {
        operators.add(new CopyStrategy.Operator(TypeName.get(argument), resolved.strategy()));
      } else if (resolution instanceof Resolution.Missing missing) {
        findings.missing(Problem.of(Message.MISSING_TYPE, type, "superclass type argument", missing.type()),
            missing.type());
      } else {
        Explanation explanation = Findings.explanationOf(resolution);
        findings.problems.add(Problem.of(Message.UNSUPPORTED_TYPE_ARGUMENT, type, superclass, argument,
            explanation));
      }
    }
    return Optional.of(new CopyStrategy.UseCopier(strategies.copierOf(element).orElseThrow(), operators));
  }

  /** For a sealed class: how its {@code deepCopy} copies each permitted subclass. */
  private static List<CopyStrategy.Case> subclassCases(
      TypeElement type, CopyStrategies strategies, Findings findings) {
    List<CopyStrategy.Case> cases = new ArrayList<>();
    for (CompositeRules.Permitted permitted : strategies.permittedOf(type)) {
      Resolution resolution = permitted.resolution();
      if (resolution instanceof Resolution.Resolved resolved) {
        cases.add(new CopyStrategy.Case(permitted.subtype().raw(),
            TypeName.get(permitted.subtype().type().orElseThrow()), resolved.strategy()));
      } else if (resolution instanceof Resolution.Missing missing) {
        findings.missing(Problem.of(Message.MISSING_TYPE, type, "permitted subclass", missing.type()),
            missing.type());
      } else {
        Explanation explanation = Findings.explanationOf(resolution);
        findings.problems.add(Problem.of(Message.UNCOPYABLE_SUBCLASS, type, type.getSimpleName(),
            permitted.subtype().raw().canonicalName(), explanation.why(), explanation.fix()));
      }
    }
    return cases;
  }

  private static List<TypeVariableName> typeVariablesOf(TypeElement type) {
    List<TypeVariableName> variables = new ArrayList<>();
    for (TypeParameterElement parameter : type.getTypeParameters()) {
      variables.add(TypeVariableName.get(parameter));
    }
    return variables;
  }

  private static CopyPlan.ExactClass exactClassOf(TypeElement type, CopyPlan.Shape shape) {
    if (shape != CopyPlan.Shape.CLASS || type.getModifiers().contains(Modifier.FINAL)) {
      return CopyPlan.ExactClass.NONE;
    }
    return type.getModifiers().contains(Modifier.SEALED)
        ? CopyPlan.ExactClass.SEALED
        : CopyPlan.ExactClass.OPEN;
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

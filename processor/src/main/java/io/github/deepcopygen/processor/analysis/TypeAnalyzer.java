package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.Constructors;
import io.github.deepcopygen.processor.lang.GeneratedAnnotation;
import io.github.deepcopygen.processor.lang.SourceTypes;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CopierIndex;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.FieldCopy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns one {@code @DeepCopy} type into a {@link CopyPlan}, or into every problem that prevents one. */
public final class TypeAnalyzer {
  private final Types types;
  private final Elements elements;
  private final GeneratedAnnotation generatedAnnotation;
  private final SourceTypes sources;
  private final Map<String, Includes> includes = new HashMap<>();
  /** Each class's methods named deepCopy, found once a round (the analyzer lives one round). */
  private final Map<TypeElement, List<ExecutableElement>> deepCopyMethods = new HashMap<>();

  public TypeAnalyzer(Types types, Elements elements, GeneratedAnnotation generatedAnnotation,
      SourceTypes sources) {
    this.types = types;
    this.elements = elements;
    this.generatedAnnotation = generatedAnnotation;
    this.sources = sources;
  }

  /** The copier target of a {@code @DeepCopy} type, with its package's includes. */
  public Target annotated(TypeElement type) {
    return new Target.Annotated(type, includesOf(Visibility.packageOf(type)));
  }

  /**
   * The targets a package's {@code @DeepCopy.Include} lists (and, with {@code transitive = true},
   * reaches), in its order: each copier goes to the listing package and copies its JSON properties.
   */
  public List<Target> included(PackageElement site) {
    Includes listed = includesOf(site);
    List<Target> targets = new ArrayList<>();
    for (Includes.IncludedClass entry : listed.entries()) {
      targets.add(new Target.Included(entry, listed));
    }
    return targets;
  }

  /**
   * A package's includes, read once a round: with {@code transitive = true} reading them walks the
   * listed classes' properties, which every type of the package would otherwise repeat.
   */
  private Includes includesOf(PackageElement site) {
    return includes.computeIfAbsent(site.getQualifiedName().toString(),
        name -> Includes.of(site, types, elements));
  }

  /** The plan's entry in its package's {@code DeepCopyIndex}, if it gets one. */
  public Optional<CopierIndex.Entry> indexEntryOf(CopyPlan plan) {
    return CopierIndexes.entryOf(plan);
  }

  /** The index of {@code site}: the entries its copiers got, in the order of its includes. */
  public CopierIndex indexOf(PackageElement site, Map<String, CopierIndex.Entry> entries) {
    return CopierIndexes.indexOf(site, includesOf(site), entries, generatedAnnotation);
  }

  /**
   * The one analysis of both kinds of target, so that every rule and every fix reaches both. Until
   * {@code lastRound}, a type that does not exist yet defers the whole target; in the last round it is
   * an error.
   */
  public AnalysisResult analyze(Target target, boolean lastRound) {
    Optional<Problem> invalid = target.check();
    if (invalid.isPresent()) {
      return new AnalysisResult.Rejected(target.placed(List.of(invalid.get())));
    }
    TypeElement type = target.type();
    ClassName copier = target.copier();
    String packageName = copier.packageName();
    CopyPlan.Shape shape = shapeOf(type);
    TypeVariables operators = TypeVariables.of(type);
    UsesMethods uses = new UsesMethods(types, type, packageName);
    CopyStrategies strategies = new CopyStrategies(types, elements, packageName, uses, operators,
        target.includes(), sources, deepCopyMethods);
    // A library's model is JSON-shaped: every Object in it is a JSON value.
    CopyStrategies unmarked = target.library() ? strategies.forJsonTree() : strategies;
    Findings findings = new Findings();
    uses.problems().forEach(findings.problems::add);

    PropertySources.Collected collected =
        new PropertySources(types, elements, strategies).collect(target, shape, findings);
    List<FieldCopy> fields = new ArrayList<>();
    List<CopyStrategy.Component> components = new ArrayList<>();
    AccessResolver access = new AccessResolver(types, elements, type, copier.simpleName());
    ConstructedReads constructed = new ConstructedReads(type, access, findings);
    for (PropertySources.SourcedProperty found : collected.properties()) {
      Property property = found.property();
      Resolution resolution =
          property.shallow()
              ? Resolution.shared()
              : Resolution.cyclesAreUnsupported(
                  (property.jsonTree() ? strategies.forJsonTree() : unmarked).resolve(property.type()));
      Optional<CopyStrategy> strategy = findings.strategyOf(resolution, property);
      if (strategy.isEmpty()) {
        continue;
      }
      TypeName propertyType = TypeName.get(property.type());
      if (shape == CopyPlan.Shape.RECORD) {
        components.add(new CopyStrategy.Component(property.name(), propertyType, strategy.get()));
        continue;
      }
      if (shape == CopyPlan.Shape.CONSTRUCTED) {
        constructed.read(property, propertyType, strategy.get()).ifPresent(components::add);
        continue;
      }
      AccessResolver.Verdict outcome = found.access()
          .<AccessResolver.Verdict>map(AccessResolver.Granted::new)
          .orElseGet(() -> access.resolve(property));
      if (outcome instanceof AccessResolver.Blocked blocked) {
        findings.problems.add(blocked.problem());
      } else if (outcome instanceof AccessResolver.Granted reached) {
        fields.add(new FieldCopy(property.name(), propertyType, reached.access(), strategy.get()));
      }
    }
    Optional<CopyStrategy.UseCopier> superCopier = collected.superclass()
        .flatMap(s -> superCopier(type, s, strategies, findings, packageName));
    List<CopyStrategy.Case> subclasses =
        type.getModifiers().contains(Modifier.SEALED) && shape == CopyPlan.Shape.CLASS
            ? subclassCases(type, strategies, findings)
            : List.of();
    if (!findings.missing.isEmpty() && !lastRound) {
      return new AnalysisResult.Deferred(findings.missing);
    }
    if (shape == CopyPlan.Shape.CONSTRUCTED) {
      constructed.inConstructorOrder(components, packageName, types, elements, copier.simpleName());
    }
    List<LombokPromise> promises = new ArrayList<>(access.promises());
    promises.addAll(constructed.promises());
    promises.addAll(strategies.promises());
    if (shape == CopyPlan.Shape.CLASS && !hasNoArgConstructor(type, packageName)) {
      if (Lombok.marks(type) && Lombok.writesNoArgConstructor(type, elements)) {
        promises.add(new LombokPromise(type.getQualifiedName().toString(), LombokPromise.CONSTRUCTOR, 0));
      } else {
        // Lombok's @Builder alone writes only an all-arguments constructor: say what to add.
        String lombok = Lombok.marks(type) ? Message.LOMBOK_CONSTRUCTOR_FIX : "";
        findings.problems.add(Problem.of(Message.NO_CONSTRUCTOR, type, type.getSimpleName(),
            copier.simpleName(), lombok, type.getSimpleName()));
      }
    }
    if (!promises.isEmpty() && lastRound) {
      // Lombok had every earlier round to write these: it is not on the processor path, or configured.
      findings.problems.addAll(LombokPromises.broken(promises, copier.simpleName(), elements));
    }
    if (!findings.problems.isEmpty()) {
      return new AnalysisResult.Rejected(target.placed(findings.problems));
    }
    boolean graph = Annotations.isGraphType(type);
    return new AnalysisResult.Planned(
        new CopyPlan(
            new CopyPlan.Copied(ClassName.get(type), copier, target.publicCopier(), target.library(),
                generatedAnnotation.allowedFor(target.originating())),
            new CopyPlan.Construction(shape, exactClassOf(type, shape), subclasses),
            new CopyPlan.Properties(superCopier, fields, components),
            new CopyPlan.TypeParameters(typeVariablesOf(type), operators.operators()),
            new CopyPlan.GraphFacts(graph)),
        promises,
        graph
            ? new TreeCycles(types, strategies).of(type,
                collected.properties().stream().map(PropertySources.SourcedProperty::property).toList(),
                collected.superclass())
            : List.of());
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
      Resolution resolution = Resolution.cyclesAreUnsupported(strategies.resolve(argument));
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
    return Optional.of(new CopyStrategy.UseCopier(strategies.copierOf(element).orElseThrow(), operators,
        Annotations.isGraphType(element)));
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
    if (shape == CopyPlan.Shape.CONSTRUCTED) {
      return type.getModifiers().contains(Modifier.FINAL) || Lombok.makesClassFinal(type)
          ? CopyPlan.ExactClass.NONE
          : CopyPlan.ExactClass.OPEN;
    }
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
    if (ValueClasses.isValueClass(type)) {
      return CopyPlan.Shape.CONSTRUCTED;
    }
    return type.getModifiers().contains(Modifier.ABSTRACT)
        ? CopyPlan.Shape.ABSTRACT_CLASS
        : CopyPlan.Shape.CLASS;
  }

  private boolean hasNoArgConstructor(TypeElement type, String copierPackage) {
    // Before Lombok runs, javac's default constructor stands in for the ones Lombok will write instead.
    boolean replaced = Lombok.marks(type) && Lombok.writesConstructor(type, elements);
    return Constructors.hasVisibleNoArg(type, copierPackage,
        constructor -> !(replaced && elements.getOrigin(constructor) == Elements.Origin.MANDATED));
  }
}

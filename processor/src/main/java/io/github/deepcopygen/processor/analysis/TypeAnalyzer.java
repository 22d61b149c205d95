package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeVariableName;
import io.github.deepcopygen.processor.analysis.graph.TreeCycles;
import io.github.deepcopygen.processor.analysis.jackson.JsonCreators;
import io.github.deepcopygen.processor.analysis.library.CopierIndexes;
import io.github.deepcopygen.processor.analysis.library.Includes;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromises;
import io.github.deepcopygen.processor.analysis.rules.CopyStrategies;
import io.github.deepcopygen.processor.analysis.rules.TypeVariables;
import io.github.deepcopygen.processor.analysis.rules.UsesMethods;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.GeneratedAnnotation;
import io.github.deepcopygen.processor.lang.KnownTypes;
import io.github.deepcopygen.processor.lang.SourceTypes;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CopierIndex;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns one {@code @DeepCopy} type into a {@link CopyPlan}, or into every problem that prevents
 * one.
 */
public final class TypeAnalyzer {
  private final Types types;
  private final Elements elements;
  private final GeneratedAnnotation generatedAnnotation;
  private final SourceTypes sources;

  /** Jackson's {@code JsonNode} classes on the compile class path, looked up once. */
  private final List<ClassName> jsonNodes;

  private final Map<String, Includes> includes = new HashMap<>();

  /** Each class's methods named deepCopy, found once a round (the analyzer lives one round). */
  private final Map<TypeElement, List<ExecutableElement>> deepCopyMethods = new HashMap<>();

  public TypeAnalyzer(
      Types types,
      Elements elements,
      GeneratedAnnotation generatedAnnotation,
      SourceTypes sources) {
    this.types = types;
    this.elements = elements;
    this.generatedAnnotation = generatedAnnotation;
    this.sources = sources;
    this.jsonNodes =
        KnownTypes.jsonNodeClasses(elements).stream().map(ClassName::bestGuess).toList();
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
    return includes.computeIfAbsent(
        site.getQualifiedName().toString(), name -> Includes.of(site, types, elements));
  }

  /** The plan's entry in its package's {@code DeepCopyIndex}, if it gets one. */
  public Optional<CopierIndex.Entry> indexEntryOf(CopyPlan plan) {
    return CopierIndexes.entryOf(plan);
  }

  /** The index of {@code site}: the entries its copiers got, in the order of its includes. */
  public CopierIndex indexOf(PackageElement site, Map<String, CopierIndex.Entry> entries) {
    return CopierIndexes.indexOf(site, includesOf(site), entries, generatedAnnotation, jsonNodes);
  }

  /**
   * The one analysis of both kinds of target, so that every rule and every fix reaches both. Until
   * {@code lastRound}, a type that does not exist yet defers the whole target; in the last round it
   * is an error.
   */
  public AnalysisResult analyze(Target target, boolean lastRound) {
    Optional<Problem> invalid = target.check(elements);
    if (invalid.isPresent()) {
      return new AnalysisResult.Rejected(target.placed(List.of(invalid.get())));
    }
    TypeElement type = target.type();
    ClassName copier = target.copier();
    String packageName = copier.packageName();
    // Found once: the shape, the constructor's arguments and the factory all follow from it.
    Optional<JsonCreators.Creator> creator =
        target.library() ? JsonCreators.of(type, packageName, elements) : Optional.empty();
    CopyPlan.Shape shape = Shapes.shapeOf(type, target.library(), creator);
    TypeVariables operators = TypeVariables.of(type);
    UsesMethods uses = new UsesMethods(types, type, packageName);
    CopyStrategies strategies =
        new CopyStrategies(
            types,
            elements,
            packageName,
            uses,
            operators,
            target.includes(),
            sources,
            deepCopyMethods,
            new CopyStrategy.CopyJsonTree(
                jsonNodes, false, target.indexedIn().map(CopierIndexes::indexOf)));
    Findings findings = new Findings();
    uses.problems().forEach(findings.problems::add);

    PropertySources.Collected collected =
        new PropertySources(types, elements, strategies).collect(target, shape, findings);
    PropertyCopies properties =
        new PropertyCopies(types, elements, target, shape, creator, findings);
    properties.addAll(collected.properties(), strategies, target.library());
    Inheritance inheritance = new Inheritance(type, strategies, findings);
    Optional<CopyStrategy.UseCopier> superCopier =
        collected.superclass().flatMap(s -> inheritance.superCopier(s, packageName));
    List<CopyStrategy.Case> subclasses =
        type.getModifiers().contains(Modifier.SEALED) && shape == CopyPlan.Shape.CLASS
            ? inheritance.subclassCases()
            : List.of();
    if (!findings.missing.isEmpty() && !lastRound) {
      return new AnalysisResult.Deferred(findings.missing);
    }
    properties.orderForConstructor(packageName, types, elements, copier.simpleName());
    List<LombokPromise> promises = new ArrayList<>(properties.promises());
    promises.addAll(strategies.promises());
    if (shape == CopyPlan.Shape.CLASS) {
      Shapes.requireNoArgConstructor(type, copier, elements, findings, promises);
    }
    if (!promises.isEmpty() && lastRound) {
      // Lombok had every earlier round to write these: it is not on the processor path, or
      // configured.
      findings.problems.addAll(LombokPromises.broken(promises, copier.simpleName(), elements));
    }
    if (!findings.problems.isEmpty()) {
      List<Problem> all = new ArrayList<>(findings.problems);
      all.addAll(findings.warnings);
      return new AnalysisResult.Rejected(target.placed(all));
    }
    boolean graph = Annotations.isGraphType(type);
    CopyPlan.Properties planned = properties.toPlan(superCopier);
    return new AnalysisResult.Planned(
        new CopyPlan(
            new CopyPlan.Copied(
                ClassName.get(type),
                copier,
                target.publicCopier(),
                target.library(),
                generatedAnnotation.allowedFor(target.originating()),
                SuppressedWarnings.of(target, collected, planned, types, elements)),
            new CopyPlan.Construction(
                shape,
                Shapes.exactClassOf(type, shape),
                subclasses,
                creator.flatMap(JsonCreators.Creator::factory)),
            planned,
            new CopyPlan.TypeParameters(typeVariablesOf(type), operators.operators()),
            new CopyPlan.GraphFacts(graph)),
        promises,
        warnings(target, findings, graph, collected, strategies));
  }

  /**
   * The warnings for the user: the findings', placed where they can act, and a graph type's cycles.
   */
  private List<Problem> warnings(
      Target target,
      Findings findings,
      boolean graph,
      PropertySources.Collected collected,
      CopyStrategies strategies) {
    List<Problem> warnings = new ArrayList<>(target.placed(findings.warnings));
    if (graph) {
      warnings.addAll(
          new TreeCycles(types, strategies)
              .of(
                  target.type(),
                  collected.properties().stream()
                      .map(PropertySources.SourcedProperty::property)
                      .toList(),
                  collected.superclass()));
    }
    return warnings;
  }

  private static List<TypeVariableName> typeVariablesOf(TypeElement type) {
    List<TypeVariableName> variables = new ArrayList<>();
    for (TypeParameterElement parameter : type.getTypeParameters()) {
      variables.add(TypeVariableName.get(parameter));
    }
    return variables;
  }
}

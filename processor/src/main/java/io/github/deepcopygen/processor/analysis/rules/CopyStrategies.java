package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.library.Includes;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.KnownTypes;
import io.github.deepcopygen.processor.lang.SourceTypes;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The copy rules of the README's table, in their order: the first rule that matches a type decides
 * its strategy. Deciding only; writing the code is the writer's job.
 */
public final class CopyStrategies implements RuleTable {
  private final Types types;
  private final Elements elements;
  private final KnownTypes known;
  private final CollectionRules collections;
  private final CompositeRules composites;
  private final CopierRules copiers;
  private final ContainerRules containers;
  private final UsesMethods uses;
  private final TypeVariables variables;
  private final String copierPackage;
  private final Includes includes;
  private final boolean jsonTree;
  private final List<TypeMirror> inProgress;
  private final List<LombokPromise> promises;
  private final SourceTypes sources;
  private final DeepCopyMethods ownMethods;
  private final CopyStrategy.CopyJsonTree jsonTreeCopy;

  /**
   * @param variables the copier's operator parameter for each type variable of a generic target
   * @param includes the classes that the copier's package copies with copiers of its own
   * @param jsonTreeCopy how the copier copies a JSON tree
   */
  public CopyStrategies(
      Types types,
      Elements elements,
      String copierPackage,
      UsesMethods uses,
      TypeVariables variables,
      Includes includes,
      SourceTypes sources,
      Map<TypeElement, List<ExecutableElement>> deepCopyMethods,
      CopyStrategy.CopyJsonTree jsonTreeCopy) {
    this(
        types,
        elements,
        copierPackage,
        uses,
        variables,
        includes,
        sources,
        false,
        new ArrayList<>(),
        new ArrayList<>(),
        new DeepCopyMethods(types, copierPackage, deepCopyMethods),
        jsonTreeCopy);
  }

  private CopyStrategies(
      Types types,
      Elements elements,
      String copierPackage,
      UsesMethods uses,
      TypeVariables variables,
      Includes includes,
      SourceTypes sources,
      boolean jsonTree,
      List<TypeMirror> inProgress,
      List<LombokPromise> promises,
      DeepCopyMethods ownMethods,
      CopyStrategy.CopyJsonTree jsonTreeCopy) {
    this.types = types;
    this.elements = elements;
    this.known = new KnownTypes(types, elements);
    this.collections = new CollectionRules(types, elements, copierPackage);
    this.containers = new ContainerRules(this, collections);
    this.copiers = new CopierRules(this, includes, types);
    this.composites =
        new CompositeRules(this, types, elements, copierPackage, inProgress, promises);
    this.uses = uses;
    this.variables = variables;
    this.copierPackage = copierPackage;
    this.includes = includes;
    this.jsonTree = jsonTree;
    this.inProgress = inProgress;
    this.promises = promises;
    this.sources = sources;
    this.ownMethods = ownMethods;
    this.jsonTreeCopy = jsonTreeCopy;
  }

  @Override
  public boolean typeVariableKeysShared() {
    return jsonTree && jsonTreeCopy.index().isPresent();
  }

  /**
   * The same rules for a {@code @DeepCopy.JsonTree} field, where {@code Object} means a JSON value.
   * It shares the records and sealed types in progress, so a cycle through a JSON tree still ends.
   */
  @Override
  public CopyStrategies forJsonTree() {
    return jsonTree
        ? this
        : new CopyStrategies(
            types,
            elements,
            copierPackage,
            uses,
            variables,
            includes,
            sources,
            true,
            inProgress,
            promises,
            ownMethods,
            jsonTreeCopy);
  }

  @Override
  public CopyStrategy.CopyJsonTree jsonTree() {
    return jsonTreeCopy;
  }

  /**
   * The members Lombok has yet to write that the value classes resolved so far are rebuilt through.
   */
  public List<LombokPromise> promises() {
    return List.copyOf(promises);
  }

  @Override
  public Resolution resolve(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return new Resolution.Missing(type);
      case TYPEVAR:
        Optional<String> operator = variables.operatorOf((TypeVariable) type);
        if (operator.isPresent()) {
          return Resolution.resolved(new CopyStrategy.ApplyOperator(operator.get()));
        }
        // A type variable the copier has no operator for comes from a wildcard: Pair<?>'s
        // components.
        return new Resolution.Unsupported(type, Reason.WILDCARD);
      case WILDCARD:
        return new Resolution.Unsupported(type, Reason.WILDCARD);
      case ARRAY:
        return containers.array((ArrayType) type);
      case DECLARED:
        return resolveDeclared((DeclaredType) type);
      default:
        return known.isImmutable(type)
            ? Resolution.shared()
            : new Resolution.Unsupported(type, Reason.UNKNOWN_JDK_TYPE);
    }
  }

  private Resolution resolveDeclared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    // Rule 2: immutable values are shared: known JDK values, enums, declared ones, and records or
    // optionals of immutable values.
    if (known.isImmutable(type)
        || element.getKind() == ElementKind.ENUM
        || Annotations.hasAnnotation(element, Annotations.IMMUTABLE)) {
      return Resolution.shared();
    }
    Resolution composite = null;
    if (element.getKind() == ElementKind.RECORD) {
      composite = composites.record(type);
    } else if (ValueClasses.isInlineValueClass(element)) {
      composite = composites.valueClass(type);
    } else if (isOptional(element)) {
      composite = containers.optional(type);
    }
    if (composite != null && composite.sharable()) {
      return composite;
    }
    Optional<Resolution> own = ownCopy(type);
    if (own.isPresent()) {
      return own.get();
    }
    // Rule 7: collections and maps.
    if (collections.isCollectionOrMap(type)) {
      return containers.collection(type);
    }
    // Rules 8, 9 and 10: an optional, a record or a final class of final fields with a mutable
    // value inside.
    if (composite != null) {
      return composite;
    }
    // Rule 11: mutable JDK value types.
    if (known.isCloneableValue(type)) {
      return Resolution.resolved(new CopyStrategy.CloneValue(TypeName.get(type)));
    }
    if (known.isAtomic(type)) {
      return Resolution.resolved(new CopyStrategy.NewAtomic(ClassName.get(element)));
    }
    // Rule 12: a sealed hierarchy whose permitted subtypes can each be copied.
    if (element.getModifiers().contains(Modifier.SEALED)) {
      return composites.sealed(type);
    }
    // Rule 13: in a @DeepCopy.JsonTree field, Object is a JSON value.
    if (jsonTree && JdkClasses.isObject(element)) {
      return Resolution.resolved(jsonTreeCopy);
    }
    if (jsonTree && element.getQualifiedName().contentEquals("java.lang.Number")) {
      return Resolution.resolved(
          new CopyStrategy.CopyJsonTree(jsonTreeCopy.jsonNodes(), true, jsonTreeCopy.index()));
    }
    // Rule 14: everything else is an error, never a silent shallow copy.
    // An abstract library class: each subclass the package includes, picked by the runtime class.
    Optional<Resolution> dispatch = copiers.librarySubclasses(type);
    if (dispatch.isPresent()) {
      return dispatch.get();
    }
    if (copiers.copierOf(element).isPresent()) {
      return new Resolution.Unsupported(
          type,
          Reason.ABSTRACT_WITH_COPIER,
          Annotations.isDeepCopyType(element) ? "@DeepCopy" : "included",
          element.getSimpleName());
    }
    return unsupported(type);
  }

  /**
   * Rules 3 to 5, the copies that a type brings along: its own {@code deepCopy()}, its copier (as a
   * {@code @DeepCopy} or included class) or a method named in {@code uses}. A record or sealed type
   * on a cycle falls back on them when the cycle turns out to hold a mutable value.
   */
  @Override
  public Optional<Resolution> ownCopy(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    // Rule 3: a deepCopy() of the type's own, called virtually so that subclasses keep their class.
    if (ownMethods.hasDeepCopyMethod(type)) {
      return Optional.of(Resolution.resolved(new CopyStrategy.CallDeepCopyMethod()));
    }
    // Rule 4: another concrete @DeepCopy type, or a class that the package's @DeepCopy.Include
    // lists.
    // A concrete library class with included subclasses first picks theirs by the runtime class.
    Optional<ClassName> copier = copiers.copierOf(element);
    if (copier.isPresent() && !element.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of(
          copiers
              .librarySubclasses(type)
              .orElseGet(() -> copiers.useCopier(type, element, copier.get())));
    }
    // Rule 5: a method named in @DeepCopy(uses = ...).
    return uses.find(type).map(Resolution::resolved);
  }

  /** The copier of a {@code @DeepCopy} type, or the package's copier of an included class. */
  public Optional<ClassName> copierOf(TypeElement element) {
    return copiers.copierOf(element);
  }

  public List<CompositeRules.Permitted> permittedOf(TypeElement type) {
    return composites.permittedOf(type);
  }

  private static boolean isOptional(TypeElement element) {
    return element.getQualifiedName().contentEquals("java.util.Optional");
  }

  /**
   * Rule 14: no rule copies {@code type}; the fixes depend on what it is and where it comes from.
   */
  Resolution unsupported(TypeMirror type) {
    return UnknownTypes.refusal(type, sources);
  }
}

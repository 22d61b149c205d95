package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.Constructors;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.Superclasses;
import io.github.deepcopygen.processor.lang.Supertypes;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CollectionCreation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Rule 7's table: which collection and map types deepcopy-gen copies, into which class, made how.
 * An interface gets a fixed JDK implementation; a concrete class gets itself.
 */
public final class CollectionRules {
  private static final String COLLECTION = "java.util.Collection";
  private static final String MAP = "java.util.Map";

  /** What the table says of one collection type. */
  sealed interface Answer {}

  /**
   * How one collection type is copied; {@code arguments} are its element type, or key and value
   * types.
   */
  record CollectionShape(
      boolean map,
      TypeName implementation,
      CollectionCreation creation,
      boolean indexed,
      boolean exactClass,
      List<? extends TypeMirror> arguments)
      implements Answer {}

  /** A collection type deepcopy-gen recognises but cannot copy, and why. */
  record Refused(Explanation explanation) implements Answer {
    Refused(Reason reason, Object... args) {
      this(Explanation.of(reason, args));
    }
  }

  private record Known(String implementation, CollectionCreation creation, boolean indexed) {}

  private static final Map<String, Known> KNOWN = new HashMap<>();

  static {
    known("java.util.Collection", "java.util.ArrayList", CollectionCreation.PRESIZED, false);
    known("java.util.List", "java.util.ArrayList", CollectionCreation.PRESIZED, true);
    known("java.util.Set", "java.util.LinkedHashSet", CollectionCreation.HASHED, false);
    known("java.util.SortedSet", "java.util.TreeSet", CollectionCreation.SORTED, false);
    known("java.util.NavigableSet", "java.util.TreeSet", CollectionCreation.SORTED, false);
    known("java.util.Queue", "java.util.ArrayDeque", CollectionCreation.PRESIZED, false);
    known("java.util.Deque", "java.util.ArrayDeque", CollectionCreation.PRESIZED, false);
    known("java.util.Map", "java.util.LinkedHashMap", CollectionCreation.HASHED, false);
    known("java.util.SortedMap", "java.util.TreeMap", CollectionCreation.SORTED, false);
    known("java.util.NavigableMap", "java.util.TreeMap", CollectionCreation.SORTED, false);
    for (String concrete : List.of("java.util.ArrayList", "java.util.Vector")) {
      known(concrete, concrete, CollectionCreation.PRESIZED, true);
    }
    for (String concrete :
        List.of(
            "java.util.HashSet",
            "java.util.LinkedHashSet",
            "java.util.HashMap",
            "java.util.LinkedHashMap",
            "java.util.Hashtable",
            "java.util.concurrent.ConcurrentHashMap")) {
      known(concrete, concrete, CollectionCreation.HASHED, false);
    }
    for (String concrete :
        List.of(
            "java.util.TreeSet",
            "java.util.TreeMap",
            "java.util.concurrent.ConcurrentSkipListSet",
            "java.util.concurrent.ConcurrentSkipListMap")) {
      known(concrete, concrete, CollectionCreation.SORTED, false);
    }
    known("java.util.ArrayDeque", "java.util.ArrayDeque", CollectionCreation.PRESIZED, false);
    for (String concrete :
        List.of(
            "java.util.LinkedList",
            "java.util.concurrent.ConcurrentLinkedQueue",
            "java.util.concurrent.ConcurrentLinkedDeque")) {
      known(concrete, concrete, CollectionCreation.UNSIZED, false);
    }
    known("java.util.EnumSet", "java.util.EnumSet", CollectionCreation.ENUM, false);
    known("java.util.EnumMap", "java.util.EnumMap", CollectionCreation.ENUM, false);
  }

  private static void known(
      String type, String implementation, CollectionCreation construction, boolean indexed) {
    KNOWN.put(type, new Known(implementation, construction, indexed));
  }

  /** The simple names of every collection type the table knows, for the README's table to match. */
  static java.util.Set<String> knownSimpleNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    KNOWN.keySet().forEach(name -> names.add(name.substring(name.lastIndexOf('.') + 1)));
    return names;
  }

  private final Types types;
  private final String copierPackage;
  private final TypeElement collectionType;
  private final TypeElement mapType;

  CollectionRules(Types types, Elements elements, String copierPackage) {
    this.types = types;
    this.copierPackage = copierPackage;
    // Looked up once: javac searches every module of the platform for a name, per call.
    this.collectionType = elements.getTypeElement(COLLECTION);
    this.mapType = elements.getTypeElement(MAP);
  }

  /** Whether {@code type} is a collection or a map at all. */
  boolean isCollectionOrMap(DeclaredType type) {
    return supertype(type, collectionType).isPresent() || supertype(type, mapType).isPresent();
  }

  /** How {@code type}, a collection or map, is copied, or why it cannot be. */
  Answer shapeOf(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    boolean map = supertype(type, mapType).isPresent();
    DeclaredType view = supertype(type, map ? mapType : collectionType).orElseThrow();
    Known known = KNOWN.get(name);
    if (known != null) {
      boolean exact =
          element.getKind() == ElementKind.CLASS
              && !element.getModifiers().contains(Modifier.FINAL)
              && !element.getModifiers().contains(Modifier.ABSTRACT);
      return new CollectionShape(
          map,
          ClassName.bestGuess(known.implementation()),
          known.creation(),
          known.indexed(),
          exact,
          view.getTypeArguments());
    }
    if (JdkClasses.isJdk(name)) {
      return new Refused(Reason.JDK_COLLECTION);
    }
    return userSubclass(type, element, map, view);
  }

  private Answer userSubclass(
      DeclaredType type, TypeElement element, boolean map, DeclaredType view) {
    String simple = element.getSimpleName().toString();
    if (element.getKind() != ElementKind.CLASS
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Refused(Reason.ABSTRACT_COLLECTION, simple);
    }
    if (!hasVisibleNoArgConstructor(element)) {
      return new Refused(Reason.COLLECTION_WITHOUT_CONSTRUCTOR, simple);
    }
    for (Superclasses.Link link : Superclasses.of(types, element).links()) {
      TypeElement c = link.element();
      if (JdkClasses.isJdk(c)) {
        break;
      }
      for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          return new Refused(
              Reason.COLLECTION_WITH_FIELDS,
              c.getSimpleName() + "." + field.getSimpleName(),
              simple);
        }
      }
    }
    return new CollectionShape(
        map,
        TypeName.get(type),
        CollectionCreation.NO_ARG,
        false,
        !element.getModifiers().contains(Modifier.FINAL),
        view.getTypeArguments());
  }

  private boolean hasVisibleNoArgConstructor(TypeElement element) {
    if (!Visibility.isVisibleFrom(element, copierPackage)) {
      return false;
    }
    return Constructors.hasVisibleNoArg(element, copierPackage);
  }

  /** {@code type} seen as {@code wanted}, with its type arguments substituted. */
  private Optional<DeclaredType> supertype(TypeMirror type, TypeElement wanted) {
    return wanted == null ? Optional.empty() : Supertypes.viewAs(types, type, wanted);
  }
}

package io.github.deepcopygen.processor.analysis.graph;

import io.github.deepcopygen.processor.analysis.rules.CopyStrategies;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.diagnostics.TreeCycleWords;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.lang.TypeParts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * For a graph type: the places where its graph copy hands a value to the tree copy of a type that
 * is no graph type, and that tree copy can lead back to the graph type. On a cycle along such a
 * path the tree copy never ends, so each is a warning. The search is over types, not objects: it
 * says a cycle can occur, which is why the warning can be suppressed where the objects never form
 * one.
 */
public final class TreeCycles {
  private final Types types;
  private final CopyStrategies strategies;

  public TreeCycles(Types types, CopyStrategies strategies) {
    this.types = types;
    this.strategies = strategies;
  }

  /**
   * One warning per property of {@code graph}, or its superclass, whose tree-copied part reaches it
   * again.
   */
  public List<Problem> of(
      TypeElement graph, List<Property> properties, Optional<DeclaredType> superclass) {
    List<Problem> warnings = new ArrayList<>();
    if (suppressed(graph)) {
      return warnings;
    }
    for (Property property : properties) {
      if (property.shallow() || suppressed(property.element())) {
        continue;
      }
      for (DeclaredType tree : treeCopiedIn(property.type())) {
        back(tree, graph)
            .ifPresent(
                path ->
                    warnings.add(
                        Problem.of(
                            Message.TREE_ON_GRAPH_CYCLE,
                            property.element(),
                            TreeCycleWords.field(
                                property.name(), graph.getSimpleName().toString(), named(tree)),
                            named(tree),
                            graph.getSimpleName(),
                            path,
                            named(tree),
                            TreeCycleWords.onTheField())));
      }
    }
    superclass
        .filter(this::copiedAsTree)
        .ifPresent(
            base ->
                back(base, graph)
                    .ifPresent(
                        path ->
                            warnings.add(
                                Problem.of(
                                    Message.TREE_ON_GRAPH_CYCLE,
                                    graph,
                                    TreeCycleWords.superclass(
                                        graph.getSimpleName().toString(), named(base)),
                                    named(base),
                                    graph.getSimpleName(),
                                    path,
                                    named(base),
                                    graph.getSimpleName()))));
    return warnings;
  }

  /**
   * The types in {@code type} whose values the graph copy hands to a tree copy: a value of the type
   * itself, or the elements of JDK containers, arrays, optionals and graph types' type arguments,
   * all of which the graph copy copies itself.
   */
  private List<DeclaredType> treeCopiedIn(TypeMirror type) {
    return TypeParts.of(type, this::copiedAsTree).stream().filter(this::copiedAsTree).toList();
  }

  private boolean copiedAsTree(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    return !Annotations.isGraphType(element) && strategies.copierOf(element).isPresent();
  }

  /**
   * How the tree copy of {@code start} can reach {@code graph}: the fields it goes through, or
   * empty. Breadth first, so the path named is a shortest one.
   */
  private Optional<String> back(DeclaredType start, TypeElement graph) {
    TypeMirror target = types.erasure(graph.asType());
    Map<TypeElement, Step> reached = new LinkedHashMap<>();
    Deque<TypeElement> pending = new ArrayDeque<>();
    TypeElement first = (TypeElement) start.asElement();
    reached.put(first, new Step(null, null));
    pending.add(first);
    // A type argument of the start is held by its tree copy as well: reached before any field.
    for (TypeMirror argument : start.getTypeArguments()) {
      for (TypeElement held : declaredIn(argument)) {
        if (leadsTo(held, target)) {
          return Optional.of(TreeCycleWords.asTypeArgument(held.getSimpleName().toString()));
        }
        if (!reached.containsKey(held) && walked(held)) {
          reached.put(
              held,
              new Step(first, TreeCycleWords.typeArgumentStep(held.getSimpleName().toString())));
          pending.add(held);
        }
      }
    }
    while (!pending.isEmpty()) {
      TypeElement type = pending.poll();
      for (Edge edge : edgesOf(type)) {
        for (TypeElement next : declaredIn(edge.type())) {
          if (leadsTo(next, target)) {
            return Optional.of(TreeCycleWords.through(path(reached, type, edge.label())));
          }
          if (!reached.containsKey(next) && walked(next)) {
            reached.put(next, new Step(type, edge.label()));
            pending.add(next);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * One way from a type to the values its tree copy copies next: a field, or a permitted subclass.
   */
  private record Edge(String label, TypeMirror type) {}

  /** How a type was first reached: from which type, along which edge. */
  private record Step(TypeElement from, String label) {}

  private List<Edge> edgesOf(TypeElement type) {
    List<Edge> edges = new ArrayList<>();
    for (TypeElement declaring = type; declaring != null; declaring = superclassOf(declaring)) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)
            && !Annotations.hasAnnotation(field, Annotations.SHALLOW)) {
          edges.add(
              new Edge(
                  TreeCycleWords.fieldStep(
                      declaring.getSimpleName().toString(), field.getSimpleName().toString()),
                  field.asType()));
        }
      }
    }
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      edges.add(
          new Edge(
              TreeCycleWords.subclassStep(
                  type.getSimpleName().toString(),
                  types.asElement(permitted).getSimpleName().toString()),
              permitted));
    }
    return edges;
  }

  private static TypeElement superclassOf(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return JdkClasses.isJdk(element) ? null : element;
  }

  /**
   * Every class or interface named in {@code type}, its type arguments and array components
   * included.
   */
  private static List<TypeElement> declaredIn(TypeMirror type) {
    return TypeParts.of(type).stream().map(declared -> (TypeElement) declared.asElement()).toList();
  }

  /**
   * Whether a value of {@code type} can be an instance of the graph type: it is that type or a
   * supertype.
   */
  private boolean leadsTo(TypeElement type, TypeMirror graph) {
    return !JdkClasses.isJdk(type) && types.isSubtype(graph, types.erasure(type.asType()));
  }

  /**
   * Whether the tree copy goes into the type's own fields: not for JDK types, enums and immutable
   * ones.
   */
  private static boolean walked(TypeElement type) {
    return !JdkClasses.isJdk(type)
        && type.getKind() != ElementKind.ENUM
        && !Annotations.hasAnnotation(type, Annotations.IMMUTABLE);
  }

  private static List<String> path(Map<TypeElement, Step> reached, TypeElement last, String label) {
    List<String> labels = new ArrayList<>();
    labels.add(label);
    for (Step step = reached.get(last); step.from() != null; step = reached.get(step.from())) {
      labels.add(0, step.label());
    }
    return labels;
  }

  private static String named(DeclaredType type) {
    return ((TypeElement) type.asElement()).getSimpleName().toString();
  }

  /**
   * Whether {@code @SuppressWarnings} names the warning on the element or around it, as javac's own
   * warnings are suppressed; for a record component, on the field it declares.
   */
  private static boolean suppressed(Element element) {
    for (Element around = element; around != null; around = around.getEnclosingElement()) {
      if (names(around)) {
        return true;
      }
      if (around.getKind() == ElementKind.RECORD_COMPONENT) {
        for (VariableElement field :
            ElementFilter.fieldsIn(around.getEnclosingElement().getEnclosedElements())) {
          if (field.getSimpleName().contentEquals(around.getSimpleName()) && names(field)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean names(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (Annotations.isAnnotation(mirror, "java.lang.SuppressWarnings")) {
        for (AnnotationValue value : mirror.getElementValues().values()) {
          // One name may come as the array's only element or, from some compilers, as the value
          // itself.
          List<?> given = value.getValue() instanceof List<?> list ? list : List.of(value);
          for (Object name : given) {
            if (Message.TREE_ON_GRAPH_CYCLE.id().equals(((AnnotationValue) name).getValue())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}

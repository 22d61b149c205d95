package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.Constructors;
import io.github.deepcopygen.processor.lang.JavaBeans;
import io.github.deepcopygen.processor.lang.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The constructor Jackson builds a class through when it has no no-argument one: marked
 * {@code @JsonCreator} with a {@code @JsonProperty} name on every parameter (keycloak's {@code
 * AuthorizationSchema}), or {@code @ConstructorProperties}. A delegating creator (one argument that
 * is the whole JSON value) builds no properties and is none of these.
 */
public final class JsonCreators {
  static final String CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
  static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";

  /**
   * The constructor (or static factory) and the JSON property each of its parameters takes, in
   * order; a delegating creator takes the one value its class's {@code @JsonValue} getter returns.
   */
  public record Creator(
      ExecutableElement constructor, List<String> names, Optional<ExecutableElement> jsonValue) {
    public Creator {
      names = List.copyOf(names);
    }

    /** The static method that builds the object, when it is no constructor. */
    public Optional<String> factory() {
      return constructor.getKind() == ElementKind.METHOD
          ? Optional.of(constructor.getSimpleName().toString())
          : Optional.empty();
    }
  }

  private JsonCreators() {}

  /**
   * The creator that a copier in {@code copierPackage} calls to build {@code type}, when the class
   * is concrete and has no no-argument constructor that package can call.
   */
  public static Optional<Creator> of(TypeElement type, String copierPackage, Elements elements) {
    if (type.getModifiers().contains(Modifier.ABSTRACT)
        || Constructors.hasVisibleNoArg(type, copierPackage)) {
      return Optional.empty();
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          || !Visibility.isVisibleFrom(constructor, copierPackage)) {
        continue;
      }
      Optional<List<String>> names = creatorNames(constructor).or(() -> beanNames(constructor));
      if (names.isPresent() && readable(type, names.get(), elements)) {
        return Optional.of(new Creator(constructor, names.get(), Optional.empty()));
      }
    }
    return delegating(type, copierPackage, elements);
  }

  /**
   * A value Jackson writes as its {@code @JsonValue} getter's result and reads back through a
   * delegating creator of one parameter that takes it (keycloak's {@code RawJsonValue.of(Object)}).
   */
  private static Optional<Creator> delegating(
      TypeElement type, String copierPackage, Elements elements) {
    Optional<ExecutableElement> value =
        ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
            .filter(m -> m.getModifiers().contains(Modifier.PUBLIC))
            .filter(m -> !m.getModifiers().contains(Modifier.STATIC))
            .filter(m -> m.getParameters().isEmpty())
            .filter(m -> on(m, JSON_VALUE).isPresent())
            .findFirst();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<ExecutableElement> candidates = new ArrayList<>();
    candidates.addAll(ElementFilter.constructorsIn(type.getEnclosedElements()));
    ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> m.getModifiers().contains(Modifier.STATIC))
        .filter(m -> m.getReturnType().toString().equals(type.asType().toString()))
        .forEach(candidates::add);
    String name = JavaBeans.propertyOfGetter(value.get()).orElse("value");
    return candidates.stream()
        .filter(c -> c.getParameters().size() == 1)
        .filter(c -> Visibility.isVisibleFrom(c, copierPackage))
        .filter(c -> on(c, CREATOR).isPresent())
        .filter(
            c ->
                c.getParameters()
                    .get(0)
                    .asType()
                    .toString()
                    .equals(value.get().getReturnType().toString()))
        .findFirst()
        .map(c -> new Creator(c, List.of(name), value));
  }

  /** Whether the copier can read each property the creator takes: a public getter of that name. */
  private static boolean readable(TypeElement type, List<String> names, Elements elements) {
    Set<String> getters = new HashSet<>();
    JacksonAnnotations annotations = new JacksonAnnotations(elements);
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)) {
        JavaBeans.propertyOfGetter(method).ifPresent(getters::add);
        annotations.propertyName(method, type).ifPresent(getters::add);
      }
    }
    return getters.containsAll(names);
  }

  private static Optional<List<String>> creatorNames(ExecutableElement constructor) {
    Optional<AnnotationMirror> creator = on(constructor, CREATOR);
    if (creator.isEmpty()
        || Annotations.attribute(creator.get(), "mode")
            .map(mode -> String.valueOf(mode.getValue()).equals("DELEGATING"))
            .orElse(false)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      Optional<String> name =
          on(parameter, JacksonAnnotations.PROPERTY)
              .flatMap(mirror -> Annotations.attribute(mirror, "value"))
              .map(value -> String.valueOf(value.getValue()))
              .filter(value -> !value.isEmpty());
      if (name.isEmpty()) {
        return Optional.empty();
      }
      names.add(name.get());
    }
    return Optional.of(names);
  }

  private static Optional<List<String>> beanNames(ExecutableElement constructor) {
    return on(constructor, Annotations.CONSTRUCTOR_PROPERTIES)
        .flatMap(mirror -> Annotations.attribute(mirror, "value"))
        .map(value -> (List<?>) value.getValue())
        .filter(values -> values.size() == constructor.getParameters().size())
        .map(
            values ->
                values.stream()
                    .map(value -> String.valueOf(((AnnotationValue) value).getValue()))
                    .toList());
  }

  private static Optional<AnnotationMirror> on(
      javax.lang.model.element.Element element, String name) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> Annotations.isAnnotation(mirror, name))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }
}

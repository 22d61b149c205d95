package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.JavaBeans;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.lang.Superclasses;
import io.github.deepcopygen.processor.lang.Supertypes;
import io.github.deepcopygen.processor.model.FieldAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The properties of an included class as its JSON mapping sees them, in the order Jackson writes
 * them: the elements of a class that extends a JDK collection or map; each public getter ({@code
 * getX()}, or {@code isX()} for a {@code boolean} or {@code Boolean}) with a public setter that
 * takes its value, or without one when it returns a collection or map that Jackson fills through
 * it, superclass properties first and each class's in declaration order, so that javac and ECJ
 * agree; then the map of a {@code @JsonAnyGetter}/{@code @JsonAnySetter} pair.
 * {@code @JsonProperty} names pair accessors as Jackson pairs them. A getter and setter that
 * {@code @JsonIgnore} keeps out of the JSON are still copied: they are the object's state
 * (swagger's {@code Schema} keeps whether an example was set so), and setting them changes nothing
 * the JSON shows. Also the fields of the library's own classes that no property reaches and that
 * {@code @JsonIgnore} does not take out of the mapping, which the copy would silently lose; a JDK
 * superclass's fields are its own business, never properties.
 */
public final class JsonProperties {
  /** The properties to copy, and the names of the non-final fields that none of them reaches. */
  public record Scan(List<JsonProperty> beans, List<String> unreachedFields) {}

  /** The name Jackson gives the property that the elements of a collection class are. */
  private static final String ENTRIES = "entries";

  private final Types types;
  private final Elements elements;
  private final JacksonAnnotations annotations;

  public JsonProperties(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
    this.annotations = new JacksonAnnotations(elements);
  }

  public Scan of(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    List<ExecutableElement> publicMethods =
        ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
            .filter(m -> m.getModifiers().contains(Modifier.PUBLIC))
            .filter(m -> !m.getModifiers().contains(Modifier.STATIC))
            .toList();
    List<TypeElement> chain = new ArrayList<>();
    // The topmost superclass first, so that its properties come first.
    Superclasses.of(types, type).links().forEach(link -> chain.add(0, link.element()));
    List<TypeElement> own = chain.stream().filter(c -> !JdkClasses.isJdk(c)).toList();
    // Jackson groups accessors by their plain names first, then renames a group after the
    // @JsonProperty any of them carries: getStorageClass() named "class" pairs with
    // setStorageClass(...) all the same.
    Map<String, String> renamed = new HashMap<>();
    Map<VariableElement, String> fields = new LinkedHashMap<>();
    for (TypeElement declaring : own) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        fields.put(field, plain(field));
        annotations
            .propertyName(field, declaring)
            .ifPresent(name -> renamed.putIfAbsent(plain(field), name));
      }
    }
    Map<ExecutableElement, String> setterNames = new LinkedHashMap<>();
    for (ExecutableElement method : publicMethods) {
      JavaBeans.propertyOfSetter(method).ifPresent(name -> setterNames.put(method, name));
    }
    Map<ExecutableElement, String> getterNames = new LinkedHashMap<>();
    for (ExecutableElement method : gettersInOrder(chain, publicMethods)) {
      JavaBeans.propertyOfGetter(method).ifPresent(name -> getterNames.put(method, name));
    }
    for (Map<ExecutableElement, String> accessors : List.of(getterNames, setterNames)) {
      accessors.forEach(
          (method, name) ->
              annotations
                  .propertyName(method, type)
                  .ifPresent(explicit -> renamed.putIfAbsent(name, explicit)));
    }
    Set<String> ignored = new HashSet<>();
    Map<VariableElement, String> namedFields = new LinkedHashMap<>();
    fields.forEach(
        (field, plain) -> {
          String name = renamed.getOrDefault(plain, plain);
          namedFields.put(field, name);
          if (annotations.ignored(field, (TypeElement) field.getEnclosingElement())) {
            ignored.add(name);
          }
        });
    Map<String, List<ExecutableElement>> setters = new LinkedHashMap<>();
    setterNames.forEach(
        (method, plain) -> {
          String name = renamed.getOrDefault(plain, plain);
          setters.computeIfAbsent(name, n -> new ArrayList<>()).add(method);
        });
    Map<String, JsonProperty> beans = new LinkedHashMap<>();
    Map<String, ExecutableElement> getters = new LinkedHashMap<>();
    getterNames.forEach(
        (method, plain) -> getters.putIfAbsent(renamed.getOrDefault(plain, plain), method));
    getters.forEach(
        (name, getter) -> {
          if (!beans.containsKey(name)) {
            property(self, name, getter, setters.getOrDefault(name, List.of()))
                .ifPresent(bean -> beans.put(name, bean));
          }
        });
    // The map Jackson reads other properties into: with a setter of the whole map (fabric8's
    // setAdditionalProperties) it is copied as the plain property it also is; otherwise its entries
    // go through the any-setter, last, as Jackson writes them.
    new AnyProperties(types, elements)
        .of(type, self, publicMethods)
        .ifPresent(
            any -> {
              String name = any.property().name();
              JsonProperty plain = beans.get(name);
              if (plain == null
                  || plain.access().filter(a -> a instanceof FieldAccess.Bean).isEmpty()) {
                beans.remove(name);
                beans.put(name, any);
              }
            });
    // The elements of a class that extends a JDK collection or map are all Jackson reads and writes
    // of it; copied last, they win over what its own setters put in (swagger's
    // ApiResponses.setDefault(null) adds a "default" entry).
    entries(type)
        .ifPresent(
            view -> {
              beans.remove(ENTRIES);
              beans.put(ENTRIES, view);
            });
    Optional<JsonCreators.Creator> creator = JsonCreators.of(type, "", elements);
    if (creator.isPresent() && creator.get().jsonValue().isPresent()) {
      ExecutableElement value = creator.get().jsonValue().get();
      getters.put(creator.get().names().get(0), value);
    }
    if (creator.isPresent()) {
      // Each property the creator takes, read through its getter: a getter-only one is a
      // constructor argument here, not a value the class derives.
      Map<String, JsonProperty> taken = new LinkedHashMap<>();
      for (String name : creator.get().names()) {
        ExecutableElement getter = getters.get(name);
        if (getter != null) {
          taken.put(
              name,
              new JsonProperty(
                  new Property(
                      getter, name, memberType(self, getter).getReturnType(), false, true)));
        }
      }
      return new Scan(
          List.copyOf(taken.values()),
          FieldCoverage.notCreated(creator.get(), namedFields, ignored));
    }
    return new Scan(
        List.copyOf(beans.values()),
        FieldCoverage.unreached(types, self, namedFields, beans, ignored));
  }

  /**
   * The public methods without parameters, in the order their classes declare them, the topmost
   * class first. Each is the element {@code getAllMembers} returns: ECJ gives a generic
   * superclass's methods there as members of its parameterization, other objects than those the
   * superclass encloses, so they are matched by name.
   */
  private static List<ExecutableElement> gettersInOrder(
      List<TypeElement> chain, List<ExecutableElement> publicMethods) {
    Map<String, ExecutableElement> byName = new HashMap<>();
    for (ExecutableElement method : publicMethods) {
      if (method.getParameters().isEmpty()) {
        byName.putIfAbsent(method.getSimpleName().toString(), method);
      }
    }
    Set<ExecutableElement> ordered = new LinkedHashSet<>();
    for (TypeElement declaring : chain) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (method.getParameters().isEmpty()) {
          Optional.ofNullable(byName.get(method.getSimpleName().toString()))
              .ifPresent(ordered::add);
        }
      }
    }
    return List.copyOf(ordered);
  }

  /**
   * The property of {@code getter}: with the setter that takes its value (the same type first, then
   * a supertype, then the primitive of a wrapper), or filled through the getter when it returns a
   * collection or map and has no setter.
   */
  private Optional<JsonProperty> property(
      DeclaredType self, String name, ExecutableElement getter, List<ExecutableElement> setters) {
    TypeMirror type = memberType(self, getter).getReturnType();
    Optional<ExecutableElement> setter =
        setters.stream().filter(s -> types.isSameType(parameter(self, s), type)).findFirst();
    if (setter.isEmpty()) {
      setter =
          setters.stream().filter(s -> types.isAssignable(type, parameter(self, s))).findFirst();
    }
    String getterName = getter.getSimpleName().toString();
    if (setter.isPresent()) {
      boolean unboxes =
          parameter(self, setter.get()).getKind().isPrimitive() && !type.getKind().isPrimitive();
      return Optional.of(
          new JsonProperty(
              new Property(getter, name, type, false, true),
              new FieldAccess.Bean(getterName, setter.get().getSimpleName().toString(), unboxes)));
    }
    return collectionView(type)
        .map(
            view ->
                new JsonProperty(
                    new Property(getter, name, view, false, true),
                    new FieldAccess.Filled(Optional.of(getterName))));
  }

  /** The elements of a class that extends a JDK collection or map, filled into the copy. */
  private Optional<JsonProperty> entries(TypeElement type) {
    for (Superclasses.Link link : Superclasses.of(types, type).links()) {
      if (JdkClasses.isJdk(link.element())) {
        return collectionView(link.view())
            .map(
                view ->
                    new JsonProperty(
                        new Property(type, ENTRIES, view, false, true),
                        new FieldAccess.Filled(Optional.empty())));
      }
    }
    return Optional.empty();
  }

  /** {@code type} as the {@code Map} or {@code Collection} it is, if it is one. */
  private Optional<TypeMirror> collectionView(TypeMirror type) {
    for (String name : List.of("java.util.Map", "java.util.Collection")) {
      Optional<DeclaredType> view = Supertypes.viewAs(types, type, elements.getTypeElement(name));
      if (view.isPresent()) {
        return Optional.of(view.get());
      }
    }
    return Optional.empty();
  }

  /** Generated models escape Java keywords with an underscore: _continue behind getContinue(). */
  private static String plain(VariableElement field) {
    return field.getSimpleName().toString().replaceFirst("^_", "");
  }

  private TypeMirror parameter(DeclaredType self, ExecutableElement setter) {
    return memberType(self, setter).getParameterTypes().get(0);
  }

  private ExecutableType memberType(DeclaredType self, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf(self, method);
  }
}

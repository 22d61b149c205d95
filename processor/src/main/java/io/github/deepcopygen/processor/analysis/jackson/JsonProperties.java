package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.JavaBeans;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.lang.Superclasses;
import io.github.deepcopygen.processor.model.FieldAccess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The properties of an included class as its JSON mapping sees them: each public getter with a
 * public setter of the same type, superclass properties first and each class's in declaration
 * order, so that javac and ECJ agree, then the map of a
 * {@code @JsonAnyGetter}/{@code @JsonAnySetter} pair. Also the fields that no property reaches,
 * which the copy would silently lose.
 */
public final class JsonProperties {
  /** The properties to copy, and the names of the non-final fields that none of them reaches. */
  public record Scan(List<JsonProperty> beans, List<String> unreachedFields) {}

  private final Types types;
  private final Elements elements;

  public JsonProperties(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  public Scan of(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    List<ExecutableElement> publicMethods =
        ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
            .filter(m -> m.getModifiers().contains(Modifier.PUBLIC))
            .filter(m -> !m.getModifiers().contains(Modifier.STATIC))
            .toList();
    Map<String, JsonProperty> beans = new LinkedHashMap<>();
    List<TypeElement> chain = new ArrayList<>();
    // The topmost superclass first, so that its properties come first.
    Superclasses.of(types, type).links().forEach(link -> chain.add(0, link.element()));
    for (TypeElement declaring : chain) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        Optional<String> name = JavaBeans.propertyOfGetter(method);
        if (name.isEmpty() || beans.containsKey(name.get()) || !publicMethods.contains(method)) {
          continue;
        }
        TypeMirror propertyType = memberType(self, method).getReturnType();
        String setter = JavaBeans.setterName(name.get());
        boolean settable =
            publicMethods.stream()
                .anyMatch(
                    m ->
                        m.getSimpleName().contentEquals(setter)
                            && m.getParameters().size() == 1
                            && types.isSameType(
                                memberType(self, m).getParameterTypes().get(0), propertyType));
        if (settable) {
          beans.put(
              name.get(),
              new JsonProperty(
                  new Property(method, name.get(), propertyType, false, true),
                  new FieldAccess.Bean(method.getSimpleName().toString(), setter)));
        }
      }
    }
    // The map Jackson reads other properties into and writes them from comes last, as Jackson
    // writes it.
    new AnyProperties(types, elements)
        .of(type, self, publicMethods)
        .ifPresent(any -> beans.putIfAbsent(any.property().name(), any));
    List<VariableElement> unnamed = new ArrayList<>();
    Set<String> backed = new HashSet<>();
    for (TypeElement declaring : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)
            || field.getModifiers().contains(Modifier.FINAL)
            || field.getModifiers().contains(Modifier.TRANSIENT)) {
          continue;
        }
        // Generated models escape Java keywords with an underscore: _continue behind getContinue().
        String name = field.getSimpleName().toString().replaceFirst("^_", "");
        Optional<String> property =
            beans.keySet().stream().filter(name::equalsIgnoreCase).findFirst();
        if (property.isPresent()) {
          backed.add(property.get());
        } else {
          unnamed.add(field);
        }
      }
    }
    List<String> unreached = new ArrayList<>();
    for (VariableElement field : unnamed) {
      // A field named otherwise than its property (fabric8's Duration keeps getDuration() in
      // javaDuration) is reached when exactly one property that no field is named for has its type.
      TypeMirror fieldType = types.asMemberOf(self, field);
      List<String> candidates =
          beans.values().stream()
              .filter(bean -> !backed.contains(bean.property().name()))
              .filter(bean -> types.isSameType(bean.property().type(), fieldType))
              .map(bean -> bean.property().name())
              .toList();
      if (candidates.size() == 1) {
        backed.add(candidates.get(0));
      } else {
        unreached.add(field.getSimpleName().toString());
      }
    }
    return new Scan(List.copyOf(beans.values()), unreached);
  }

  private ExecutableType memberType(DeclaredType self, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf(self, method);
  }
}

package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.JavaBeans;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.lang.Supertypes;
import io.github.deepcopygen.processor.model.FieldAccess;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The properties Jackson keeps in a map: a {@code @JsonAnyGetter} that returns them all as a {@code
 * Map<String, V>} and a {@code @JsonAnySetter} that takes one name and value at a time ({@code
 * getAdditionalProperties()} and {@code setAdditionalProperty(String, Object)} in Strimzi's and
 * many generated models). Their copy is one entry at a time through the setter.
 */
final class AnyProperties {
  private final Types types;
  private final Elements elements;
  private final JacksonAnnotations annotations;

  AnyProperties(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
    this.annotations = new JacksonAnnotations(elements);
  }

  /**
   * The any-getter and any-setter pair among {@code methods} (the class's public instance methods),
   * as one property named for the getter, if the class has both and they agree on the value type.
   */
  Optional<JsonProperty> of(TypeElement type, DeclaredType self, List<ExecutableElement> methods) {
    Optional<ExecutableElement> getter =
        methods.stream()
            .filter(m -> m.getParameters().isEmpty())
            .filter(m -> annotations.annotated(m, type, JacksonAnnotations.ANY_GETTER))
            .findFirst();
    if (getter.isEmpty()) {
      return Optional.empty();
    }
    TypeMirror mapType = memberType(self, getter.get()).getReturnType();
    Optional<TypeMirror> valueType = valueOfStringMap(mapType);
    if (valueType.isEmpty()) {
      return Optional.empty();
    }
    Optional<ExecutableElement> setter =
        methods.stream()
            .filter(m -> m.getParameters().size() == 2)
            .filter(m -> takes(self, m, valueType.get()))
            .filter(m -> annotations.annotated(m, type, JacksonAnnotations.ANY_SETTER))
            .findFirst();
    if (setter.isEmpty()) {
      return Optional.empty();
    }
    String name =
        JavaBeans.propertyOfGetter(getter.get()).orElse(getter.get().getSimpleName().toString());
    return Optional.of(
        new JsonProperty(
            new Property(getter.get(), name, mapType, false, true),
            new FieldAccess.AnyProperties(
                getter.get().getSimpleName().toString(), setter.get().getSimpleName().toString())));
  }

  /** {@code V} of a {@code Map<String, V>} (or a map class that is one), if the type is one. */
  private Optional<TypeMirror> valueOfStringMap(TypeMirror type) {
    TypeElement map = elements.getTypeElement("java.util.Map");
    return Supertypes.viewAs(types, type, map)
        .filter(view -> view.getTypeArguments().size() == 2)
        .filter(view -> isString(view.getTypeArguments().get(0)))
        .map(view -> view.getTypeArguments().get(1));
  }

  /** Whether {@code setter} takes a name and a value of {@code valueType}. */
  private boolean takes(DeclaredType self, ExecutableElement setter, TypeMirror valueType) {
    List<? extends TypeMirror> parameters = memberType(self, setter).getParameterTypes();
    return isString(parameters.get(0)) && types.isAssignable(valueType, parameters.get(1));
  }

  private static boolean isString(TypeMirror type) {
    return JdkClasses.qualifiedName(type).filter("java.lang.String"::equals).isPresent();
  }

  private ExecutableType memberType(DeclaredType self, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf(self, method);
  }
}

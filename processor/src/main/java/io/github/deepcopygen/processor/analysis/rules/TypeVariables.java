package io.github.deepcopygen.processor.analysis.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.TypeVariable;

/**
 * The copier's operator for each type parameter of its target, found by the parameter itself: the
 * {@code T} of {@code Holder<T>} and the {@code T} of a {@code Box<T>} it meets are different
 * variables that share a name. A parameter is known by its declaring element and its name, which no
 * other parameter of that element has; javac and ECJ agree on both, whatever element objects they
 * hand out.
 */
public final class TypeVariables {
  private final Map<String, String> operators = new LinkedHashMap<>();

  private TypeVariables() {}

  /** {@code copyT} for each {@code T} of {@code target}, in order. */
  public static TypeVariables of(TypeElement target) {
    TypeVariables variables = new TypeVariables();
    for (TypeParameterElement parameter : target.getTypeParameters()) {
      variables.operators.put(keyOf(parameter), "copy" + parameter.getSimpleName());
    }
    return variables;
  }

  /** The operator for {@code variable}, if it is a parameter of the target. */
  Optional<String> operatorOf(TypeVariable variable) {
    return Optional.ofNullable(operators.get(keyOf(variable.asElement())));
  }

  /** The operator names, one per type parameter, in order. */
  public List<String> operators() {
    return List.copyOf(operators.values());
  }

  /** Whether two elements are the same type parameter. */
  static boolean same(Element a, Element b) {
    return keyOf(a).equals(keyOf(b));
  }

  private static String keyOf(Element parameter) {
    if (!(parameter instanceof TypeParameterElement typeParameter)) {
      return "?" + parameter.getSimpleName();
    }
    Element generic = typeParameter.getGenericElement();
    String owner =
        generic instanceof TypeElement type
            ? type.getQualifiedName().toString()
            : generic.getEnclosingElement() + "#" + generic;
    return owner + "<" + parameter.getSimpleName() + ">";
  }
}

package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.HashSet;
import java.util.Set;

/**
 * Names the private helper methods after the type they copy ({@code copyListOfEnvVar}, {@code
 * copyMapOfStringToBackendAuthConfig}), so a reader knows what each one does without opening it.
 */
final class HelperNames {
  private final Set<String> taken = new HashSet<>(Set.of("deepCopy", "deepCopyInto"));

  /** A new, unique name for the helper that copies {@code type}. */
  String newName(TypeName type) {
    return newName("copy" + describe(type));
  }

  /** A new, unique name starting with {@code base}. */
  String newName(String base) {
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  private static String describe(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return "ArrayOf" + describe(array.componentType());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      StringBuilder out = new StringBuilder(describe(parameterized.rawType())).append("Of");
      String separator = parameterized.rawType().simpleName().endsWith("Map") ? "To" : "And";
      for (int i = 0; i < parameterized.typeArguments().size(); i++) {
        if (i > 0) {
          out.append(separator);
        }
        out.append(describe(parameterized.typeArguments().get(i)));
      }
      return out.toString();
    }
    if (type instanceof ClassName className) {
      return className.simpleName();
    }
    if (type instanceof WildcardTypeName wildcard) {
      // Schema<?> is a Schema of anything; Schema<? extends Foo> one of Foo.
      return wildcard.upperBounds().get(0).equals(ClassName.OBJECT)
          ? "Any"
          : describe(wildcard.upperBounds().get(0));
    }
    String keyword = type.withoutAnnotations().toString();
    return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
  }
}

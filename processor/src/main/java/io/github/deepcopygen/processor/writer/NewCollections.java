package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CollectionCreation;
import java.util.EnumMap;
import java.util.EnumSet;

/**
 * The {@code new} expressions of a copy: an empty container made as the plan says, a copy of a
 * whole one.
 */
final class NewCollections {
  private NewCollections() {}

  /** A new collection holding the same elements, or null when the class has no such constructor. */
  static CodeBlock copyConstructor(
      CollectionCreation creation, TypeName implementation, CodeBlock source) {
    if (creation == CollectionCreation.NO_ARG) {
      return null;
    }
    if (creation == CollectionCreation.ENUM) {
      return implementation.equals(ClassName.get(EnumSet.class))
          ? CodeBlock.of("$T.copyOf($L)", EnumSet.class, source)
          : CodeBlock.of("new $T<>($L)", EnumMap.class, source);
    }
    return CodeBlock.of("new $T<>($L)", implementation, source);
  }

  /**
   * An empty container sized for {@code in}, or for an enum set the copy of {@code in}'s constants.
   */
  static CodeBlock empty(CollectionCreation creation, TypeName implementation) {
    return switch (creation) {
      case PRESIZED -> CodeBlock.of("new $T<>(in.size())", implementation);
      case HASHED -> CodeBlock.of("new $T<>((int) Math.ceil(in.size() / 0.75))", implementation);
      case SORTED -> CodeBlock.of("new $T<>(in.comparator())", implementation);
      case UNSIZED -> CodeBlock.of("new $T<>()", implementation);
      case NO_ARG -> CodeBlock.of("new $T()", implementation);
      // An EnumSet of copied elements: its enum constants, which the copies are, come along.
      case ENUM -> CodeBlock.of("$T.copyOf(in)", EnumSet.class);
    };
  }

  /** {@code Foo} or {@code Pair<>}, for a {@code new} expression. */
  static CodeBlock instantiation(TypeName type) {
    return type instanceof ParameterizedTypeName p
        ? CodeBlock.of("$T<>", p.rawType())
        : CodeBlock.of("$T", type);
  }

  static TypeName raw(TypeName type) {
    return type instanceof ParameterizedTypeName p ? p.rawType() : type;
  }
}

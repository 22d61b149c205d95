package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;

/** How the generated copier reads and writes one property. */
public sealed interface FieldAccess {

  /**
   * The field itself is visible to the copier: {@code in.name}, {@code out.name = ...}. A field that a
   * subclass field of the same name hides is reached through a cast to its declaring class:
   * {@code ((Base) in).name}.
   */
  record Direct(String field, Optional<TypeName> declaringClass) implements FieldAccess {}

  /** JavaBeans accessors: {@code in.getName()}, {@code out.setName(...)}. */
  record Bean(String getter, String setter) implements FieldAccess {}

  /** A record component: read with its accessor, written through the canonical constructor. */
  record Component(String accessor) implements FieldAccess {}
}

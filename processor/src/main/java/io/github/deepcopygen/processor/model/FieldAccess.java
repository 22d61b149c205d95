package io.github.deepcopygen.processor.model;

/** How the generated copier reads and writes one property. */
public sealed interface FieldAccess {

  /** The field itself is visible to the copier: {@code in.name}, {@code out.name = ...}. */
  record Direct(String field) implements FieldAccess {}

  /** JavaBeans accessors: {@code in.getName()}, {@code out.setName(...)}. */
  record Bean(String getter, String setter) implements FieldAccess {}

  /** A record component: read with its accessor, written through the canonical constructor. */
  record Component(String accessor) implements FieldAccess {}
}

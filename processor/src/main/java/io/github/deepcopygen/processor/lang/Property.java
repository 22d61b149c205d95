package io.github.deepcopygen.processor.lang;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * One field or record component to copy, with its type seen as a member of the annotated type, so
 * that a superclass's {@code S spec} is an {@code MCPServerSpec} when the annotated type binds
 * {@code S}. A {@code shallow} one is marked {@code @DeepCopy.Shallow} and shared on purpose; a
 * {@code jsonTree} one is marked {@code @DeepCopy.JsonTree}: its {@code Object} values are JSON. A
 * field that a subclass field of the same name hides has {@code hiddenIn}: its declaring class as a
 * supertype of the annotated type, the only way to name it.
 */
public record Property(
    Element element,
    String name,
    TypeMirror type,
    boolean shallow,
    boolean jsonTree,
    Optional<DeclaredType> hiddenIn) {

  public Property(
      Element element, String name, TypeMirror type, boolean shallow, boolean jsonTree) {
    this(element, name, type, shallow, jsonTree, Optional.empty());
  }
}

package io.github.deepcopygen.processor.analysis;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One field or record component to copy, with its type seen as a member of the annotated type, so that
 * a superclass's {@code S spec} is an {@code MCPServerSpec} when the annotated type binds {@code S}.
 * A {@code shallow} one is marked {@code @DeepCopy.Shallow} and shared on purpose; a {@code jsonTree} one
 * is marked {@code @DeepCopy.JsonTree}: its {@code Object} values are JSON.
 */
record Property(Element element, String name, TypeMirror type, boolean shallow, boolean jsonTree) {}

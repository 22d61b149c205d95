package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One property of the copied type: its name, its type as a member of the annotated type, how to
 * reach it and how to copy its value.
 */
public record FieldCopy(String name, TypeName type, FieldAccess access, CopyStrategy strategy) {}

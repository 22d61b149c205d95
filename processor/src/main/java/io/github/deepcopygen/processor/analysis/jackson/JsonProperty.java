package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.model.FieldAccess;

/** One property of a class's JSON mapping and the accessors that copy it. */
public record JsonProperty(Property property, FieldAccess access) {}

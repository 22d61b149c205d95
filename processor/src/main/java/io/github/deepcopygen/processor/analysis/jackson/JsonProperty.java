package io.github.deepcopygen.processor.analysis.jackson;

import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.model.FieldAccess;
import java.util.Optional;

/** One property of a class's JSON mapping and the accessors that copy it. */
public record JsonProperty(Property property, Optional<FieldAccess> access) {
  public JsonProperty(Property property, FieldAccess access) {
    this(property, Optional.of(access));
  }

  /**
   * A property a creator takes, read through its getter (the property's element) and never written.
   */
  public JsonProperty(Property property) {
    this(property, Optional.empty());
  }
}

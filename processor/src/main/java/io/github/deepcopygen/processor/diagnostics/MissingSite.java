package io.github.deepcopygen.processor.diagnostics;

import java.util.Locale;

/**
 * Where a type that does not exist is used, in the words that open {@link Message#MISSING_TYPE}: a
 * field, a superclass, a superclass's type argument or a permitted subclass.
 */
public enum MissingSite {
  FIELD("Field %s has type"),
  SUPERCLASS("The superclass of %s is"),
  SUPERCLASS_TYPE_ARGUMENT("A type argument of the superclass of %s is"),
  PERMITTED_SUBCLASS("A permitted subclass of %s is");

  private final String format;

  MissingSite(String format) {
    this.format = format;
  }

  /** The opening words, naming the field or the class. */
  public String describe(Object name) {
    return String.format(Locale.ROOT, format, name);
  }
}

package io.github.deepcopygen.processor.analysis.rules;

import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The rule table as the rules for types made of other types see it: a record's components, a value
 * class's fields and a sealed type's subtypes are resolved through it, and the table calls those
 * rules back, without either knowing the other's class.
 */
public interface RuleTable {
  /** The first rule that matches {@code type}, or why none does. */
  Resolution resolve(TypeMirror type);

  /**
   * The same rules inside a {@code @DeepCopy.JsonTree} value, where {@code Object} is a JSON value.
   */
  RuleTable forJsonTree();

  /**
   * Rules 3 to 5: the copy a type brings along, which a cycle through a mutable value falls back
   * on.
   */
  Optional<Resolution> ownCopy(DeclaredType type);

  /** Rule 13's copy of a JSON value, with the JSON node classes of the compile class path. */
  CopyStrategy.CopyJsonTree jsonTree();

  /**
   * Whether a map key of a type variable may be shared: in an included library class, whose maps
   * Jackson fills with keys it makes from JSON strings (strings, numbers, enums), never mutable.
   */
  boolean typeVariableKeysShared();
}

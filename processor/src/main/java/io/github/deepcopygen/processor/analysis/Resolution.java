package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.model.CopyStrategy;
import javax.lang.model.type.TypeMirror;

/** The rule table's answer for one type: a strategy, or the reason no rule can copy it. */
sealed interface Resolution {

  record Resolved(CopyStrategy strategy) implements Resolution {}

  /** No rule copies {@code offending} (the type itself or a part of it); {@code why} and {@code fix} are for the user. */
  record Unsupported(TypeMirror offending, String why, String fix) implements Resolution {}

  /** A map whose key type is mutable. */
  record MutableKey(TypeMirror key) implements Resolution {}

  /** A type that does not exist yet, perhaps because another processor generates it in a later round. */
  record Missing(TypeMirror type) implements Resolution {}
}

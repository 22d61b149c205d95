package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** How one value of a known static type is copied: the decision of the rule table, without any code. */
public sealed interface CopyStrategy {

  /** The value is immutable (or shared on purpose) and the copy is the same reference. */
  record Share() implements CopyStrategy {}

  /** The type has its own instance {@code deepCopy()} method, called virtually so subclasses keep their class. */
  record CallDeepCopyMethod() implements CopyStrategy {}

  /** The type is {@code @DeepCopy}: its generated copier's static {@code deepCopy}, which handles null. */
  record UseCopier(ClassName copier) implements CopyStrategy {}

  /** A mutable JDK value type whose {@code clone()} returns an equal instance of the same class. */
  record CloneValue(TypeName type) implements CopyStrategy {}

  /**
   * An array. A primitive or immutable component is copied with {@code clone()}; otherwise each element
   * is copied by {@code component}.
   */
  record CopyArray(TypeName arrayType, TypeName componentType, CopyStrategy component)
      implements CopyStrategy {
    /** Whether {@code clone()} is the whole copy: the components need no copying of their own. */
    public boolean clonesWhole() {
      return component instanceof Share;
    }
  }

  /**
   * A {@code List}, {@code Set} or {@code Collection}: a new {@code implementation}, presized, elements
   * copied in iteration order. {@code hashed} implementations are presized for their load factor;
   * {@code indexed} sources (lists) are walked by index when they are {@code RandomAccess}.
   */
  record CopyCollection(
      TypeName collectionType, ClassName implementation, boolean hashed, boolean indexed,
      TypeName elementType, CopyStrategy element)
      implements CopyStrategy {}

  /** A {@code Map}: a new {@code implementation}, keys shared (they are immutable), values copied. */
  record CopyMap(
      TypeName mapType, ClassName implementation, TypeName keyType, TypeName valueType,
      CopyStrategy value)
      implements CopyStrategy {}
}

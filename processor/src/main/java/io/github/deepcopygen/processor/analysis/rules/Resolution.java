package io.github.deepcopygen.processor.analysis.rules;

import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** The rule table's answer for one type: a strategy, or the reason no rule can copy it. */
public sealed interface Resolution {

  record Resolved(CopyStrategy strategy) implements Resolution {}

  /**
   * No rule copies {@code offending} (the type itself or a part of it), for the reason {@code
   * explanation} gives.
   */
  record Unsupported(TypeMirror offending, Explanation explanation) implements Resolution {
    Unsupported(TypeMirror offending, Reason reason, Object... args) {
      this(offending, Explanation.of(reason, args));
    }

    String why() {
      return explanation.why();
    }

    String fix() {
      return explanation.fix();
    }
  }

  /** A map whose key type is mutable. */
  record MutableKey(TypeMirror key) implements Resolution {}

  /**
   * A type that does not exist yet, perhaps because another processor generates it in a later
   * round.
   */
  record Missing(TypeMirror type) implements Resolution {}

  /**
   * The type leads back to records or sealed types still being resolved (named in {@code through}).
   * It is immutable if they turn out to be; if they are not, it is copied by {@code fallback}, its
   * own copy (rules 3 to 5), and without one the recursion cannot be copied.
   */
  record Cyclic(TypeMirror type, Set<String> through, Optional<CopyStrategy> fallback)
      implements Resolution {
    public Cyclic {
      through = Set.copyOf(through);
    }
  }

  /**
   * Whether the value may be shared: known immutable, or immutable if the types it leads back to
   * are.
   */
  default boolean sharable() {
    return this instanceof Cyclic
        || (this instanceof Resolved resolved && resolved.strategy() instanceof CopyStrategy.Share);
  }

  /** Whether a strategy or a sharable cycle came out, rather than an error. */
  default boolean succeeded() {
    return this instanceof Resolved || this instanceof Cyclic;
  }

  static Resolution resolved(CopyStrategy strategy) {
    return new Resolved(strategy);
  }

  /** A generic type used without type arguments, whose elements no rule can know. */
  static Resolution rawType(DeclaredType type) {
    return new Unsupported(type, Reason.RAW_TYPE);
  }

  static Resolution shared() {
    return resolved(new CopyStrategy.Share());
  }

  /**
   * A cycle through a mutable value needs the type's own copy to break it: its fallback, and
   * without one an error here. Any other resolution as it is.
   */
  static Resolution cyclesAreUnsupported(Resolution resolution) {
    if (resolution instanceof Cyclic cyclic) {
      if (cyclic.fallback().isPresent()) {
        return resolved(cyclic.fallback().get());
      }
      String through = String.join(", ", new TreeSet<>(cyclic.through()));
      String simple = ((DeclaredType) cyclic.type()).asElement().getSimpleName().toString();
      return new Unsupported(cyclic.type(), Reason.CYCLE, through, simple);
    }
    return resolution;
  }
}

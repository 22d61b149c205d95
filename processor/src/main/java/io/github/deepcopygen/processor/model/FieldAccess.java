package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the generated copier reads and writes one property of a class; {@link #fold} reaches each
 * kind.
 */
public sealed interface FieldAccess {

  <R> R fold(
      Function<Direct, R> direct,
      Function<Bean, R> bean,
      Function<AnyProperties, R> any,
      Function<Filled, R> filled);

  /**
   * The field itself is visible to the copier: {@code in.name}, {@code out.name = ...}. A field
   * that a subclass field of the same name hides is reached through a cast to its declaring class:
   * {@code ((Base) in).name}.
   */
  record Direct(String field, Optional<TypeName> declaringClass) implements FieldAccess {
    @Override
    public <R> R fold(
        Function<Direct, R> direct,
        Function<Bean, R> bean,
        Function<AnyProperties, R> any,
        Function<Filled, R> filled) {
      return direct.apply(this);
    }
  }

  /**
   * JavaBeans accessors: {@code in.getName()}, {@code out.setName(...)}. A setter that takes the
   * primitive of the getter's wrapper ({@code Boolean isX()} with {@code setX(boolean)}) cannot
   * take {@code null}: with {@code nullSkipped}, a {@code null} value is not written.
   */
  record Bean(String getter, String setter, boolean nullSkipped) implements FieldAccess {
    public Bean(String getter, String setter) {
      this(getter, setter, false);
    }

    @Override
    public <R> R fold(
        Function<Direct, R> direct,
        Function<Bean, R> bean,
        Function<AnyProperties, R> any,
        Function<Filled, R> filled) {
      return bean.apply(this);
    }
  }

  /**
   * Properties a class keeps in a map (Jackson's {@code @JsonAnyGetter} and
   * {@code @JsonAnySetter}): read whole, {@code in.getAdditionalProperties()}, and written one
   * entry at a time, {@code out.setAdditionalProperty(name, value)}, after {@code out}'s own
   * entries are cleared.
   */
  record AnyProperties(String getter, String setter) implements FieldAccess {
    @Override
    public <R> R fold(
        Function<Direct, R> direct,
        Function<Bean, R> bean,
        Function<AnyProperties, R> any,
        Function<Filled, R> filled) {
      return any.apply(this);
    }
  }

  /**
   * A collection or map that is filled rather than set: {@code out}'s elements are cleared and
   * {@code in}'s put in, copied. Either the copied object itself ({@code getter} empty: a library
   * class that extends a JDK collection), or the collection its getter returns (a getter without a
   * setter, which Jackson fills through the getter).
   */
  record Filled(Optional<String> getter) implements FieldAccess {
    @Override
    public <R> R fold(
        Function<Direct, R> direct,
        Function<Bean, R> bean,
        Function<AnyProperties, R> any,
        Function<Filled, R> filled) {
      return filled.apply(this);
    }
  }
}

package io.github.deepcopygen.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Which runtime values may be shared between an object and its copy: the immutable ones. Decided
 * from the value itself, so that a record of strings counts as immutable and a record holding a
 * list does not.
 */
final class Values {
  private Values() {}

  static boolean isImmutable(Object value) {
    if (value == null) {
      return true;
    }
    if (isScalar(value)) {
      return true;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || isImmutable(optional.get());
    }
    if (value.getClass().isRecord()) {
      return Types.components(value).stream().allMatch(Values::isImmutable);
    }
    if (value.getClass().getName().startsWith("java.")
        || value.getClass().isArray()
        || value instanceof java.util.Collection<?>
        || value instanceof java.util.Map<?, ?>) {
      return false;
    }
    // A class of ours whose state is all final and immutable (a @DeepCopy.Immutable type).
    for (Field field : Types.instanceFields(value.getClass())) {
      if (!Modifier.isFinal(field.getModifiers()) || !isImmutable(read(field, value))) {
        return false;
      }
    }
    return true;
  }

  /** Immutable leaves: rendered by their text, changed by replacing them. */
  static boolean isScalar(Object value) {
    return value instanceof String
        || value instanceof Number && value.getClass().getName().startsWith("java.lang.")
        || value instanceof Character
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof Temporal
        || value instanceof TemporalAmount
        || value instanceof ZoneId
        || value instanceof BigDecimal
        || value instanceof BigInteger
        || value instanceof UUID
        || value instanceof Locale
        || value instanceof OptionalInt
        || value instanceof OptionalLong
        || value instanceof OptionalDouble;
  }

  static Object read(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

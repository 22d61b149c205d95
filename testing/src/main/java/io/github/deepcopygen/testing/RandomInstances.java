package io.github.deepcopygen.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Builds random object graphs: every reference may be null, every collection has 0 to 2 elements,
 * so that null and empty both show up at every depth. Collections declared by interface get the
 * class deepcopy-gen copies them into, so the copy's classes can be compared node by node.
 */
public final class RandomInstances {
  private final Random random;
  private final double nullChance;
  private final Map<Class<?>, Function<Random, ?>> factories;

  /** How many objects deep the value being built is: recursive models (a JSON schema) must end. */
  private int depth;

  /**
   * Beyond this depth every optional object is null, so that a type with two self references ends.
   */
  private static final int MAX_DEPTH = 6;

  public RandomInstances(long seed) {
    this(seed, 0.25);
  }

  public RandomInstances(long seed, double nullChance) {
    this(seed, nullChance, Map.of());
  }

  /**
   * Builds values of the classes in {@code factories} with them rather than field by field: for a
   * class whose setters refuse some values its fields can hold (fabric8's {@code IntOrString} takes
   * only an Integer or a String), which a copy through those setters could never meet.
   */
  public RandomInstances(
      long seed, double nullChance, Map<Class<?>, Function<Random, ?>> factories) {
    this.random = new Random(seed);
    this.nullChance = nullChance;
    this.factories = Map.copyOf(factories);
  }

  /** A new instance of {@code type} with every field set at random. */
  public <T> T instanceOf(Class<T> type) {
    return type.cast(build(type));
  }

  /** A new instance of {@code type} (a class, record or sealed type, perhaps parameterized). */
  Object build(Type type) {
    Class<?> raw = Types.raw(type);
    Function<Random, ?> factory = factories.get(raw);
    if (factory != null) {
      return factory.apply(random);
    }
    Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
    depth++;
    try {
      if (raw.isRecord()) {
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          values[i] =
              valueOf(
                  Types.resolve(components[i].getGenericType(), bindings),
                  types[i].isPrimitive(),
                  false);
        }
        Constructor<?> canonical = raw.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
      }
      Object instance = newInstance(raw);
      for (Field field : Types.instanceFields(raw)) {
        if (!Modifier.isFinal(field.getModifiers())) {
          field.set(
              instance,
              valueOf(
                  Types.resolve(field.getGenericType(), bindings),
                  field.getType().isPrimitive(),
                  false));
        }
      }
      return instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type, e);
    } finally {
      depth--;
    }
  }

  /**
   * A new instance through the no-argument constructor, or, for a class without one (an immutable
   * value type), through its first constructor with random arguments.
   */
  private Object newInstance(Class<?> raw) throws ReflectiveOperationException {
    Constructor<?> chosen = raw.getDeclaredConstructors()[0];
    for (Constructor<?> constructor : raw.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == 0) {
        chosen = constructor;
      }
    }
    Object[] arguments = new Object[chosen.getParameterCount()];
    for (int i = 0; i < arguments.length; i++) {
      Class<?> parameter = chosen.getParameterTypes()[i];
      arguments[i] = valueOf(chosen.getGenericParameterTypes()[i], parameter.isPrimitive(), false);
    }
    chosen.setAccessible(true);
    return chosen.newInstance(arguments);
  }

  /**
   * A random value; {@code required} ones are never null (queue elements, map keys, optionals'
   * values).
   */
  Object valueOf(Type type, boolean primitive, boolean required) {
    if (!primitive && !required && (depth >= MAX_DEPTH || random.nextDouble() < nullChance)) {
      return null;
    }
    Class<?> raw = Types.raw(type);
    if (factories.containsKey(raw)) {
      return build(type); // also for an abstract class, such as Jackson's JsonNode
    }
    if (raw == Object.class) {
      // deepcopy-gen copies Object only in a @DeepCopy.JsonTree field, where it is JSON.
      return new RandomJson(random).value();
    }
    if (raw == Number.class) {
      // A library's Number position holds a JSON number: an integer or a decimal.
      return random.nextBoolean()
          ? (Object) random.nextInt(100)
          : (Object) (random.nextInt(100) / 4.0);
    }
    Object scalar = scalar(raw);
    if (scalar != null) {
      return scalar;
    }
    if (raw == Optional.class) {
      return random.nextBoolean()
          ? Optional.empty()
          : Optional.of(valueOf(Types.argument(type, 0), false, true));
    }
    if (raw == OptionalInt.class) {
      return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(9));
    }
    if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return new RandomCollections(this, random).of(type);
    }
    if (raw.isArray()) {
      Class<?> component = raw.getComponentType();
      Object array = Array.newInstance(component, random.nextInt(3));
      for (int i = 0; i < Array.getLength(array); i++) {
        Array.set(array, i, valueOf(component, component.isPrimitive(), false));
      }
      return array;
    }
    if (raw.isSealed()) {
      // Any permitted subtype, or the sealed class itself when it can have instances of its own.
      Class<?>[] permitted = raw.getPermittedSubclasses();
      boolean concrete = !raw.isInterface() && !Modifier.isAbstract(raw.getModifiers());
      int pick = random.nextInt(permitted.length + (concrete ? 1 : 0));
      return pick < permitted.length
          ? valueOf(Types.asSubtype(type, permitted[pick]), false, true)
          : build(type);
    }
    if (!Modifier.isAbstract(raw.getModifiers())) {
      return build(type);
    }
    List<Class<?>> named = JsonSubtypes.of(raw);
    if (!named.isEmpty()) {
      // A polymorphic library class: any subclass its @JsonSubTypes names.
      return valueOf(named.get(random.nextInt(named.size())), false, true);
    }
    throw new IllegalArgumentException("no random values for " + type);
  }

  private Object scalar(Class<?> raw) {
    if (raw == int.class || raw == Integer.class) {
      return random.nextInt(5);
    }
    if (raw == long.class || raw == Long.class) {
      return (long) random.nextInt(1000);
    }
    if (raw == double.class || raw == Double.class) {
      return random.nextInt(100) / 4.0;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    }
    if (raw == byte.class || raw == Byte.class) {
      return (byte) random.nextInt(100);
    }
    if (raw == char.class || raw == Character.class) {
      return (char) ('a' + random.nextInt(26));
    }
    if (raw == String.class) {
      return "s" + random.nextInt(1000);
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    return jdkValue(raw);
  }

  private Object jdkValue(Class<?> raw) {
    long millis = random.nextInt(1_000_000_000);
    if (raw == Timestamp.class) {
      Timestamp timestamp = new Timestamp(millis);
      timestamp.setNanos(random.nextInt(1_000_000_000));
      return timestamp;
    }
    if (raw == Date.class) {
      return new Date(millis);
    }
    if (raw == Calendar.class || raw == GregorianCalendar.class) {
      Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      calendar.setTimeInMillis(millis);
      return calendar;
    }
    if (raw == BitSet.class) {
      return BitSet.valueOf(new long[] {random.nextInt(256)});
    }
    if (raw == AtomicInteger.class) {
      return new AtomicInteger(random.nextInt(9));
    }
    if (raw == AtomicLong.class) {
      return new AtomicLong(random.nextInt(9));
    }
    if (raw == AtomicBoolean.class) {
      return new AtomicBoolean(random.nextBoolean());
    }
    if (raw == OffsetDateTime.class) {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(millis / 1000), ZoneOffset.UTC);
    }
    if (raw == Instant.class) {
      return Instant.ofEpochMilli(millis);
    }
    if (raw == LocalDate.class) {
      return LocalDate.ofEpochDay(random.nextInt(20_000));
    }
    if (raw == java.time.LocalTime.class) {
      return java.time.LocalTime.ofSecondOfDay(random.nextInt(86_400));
    }
    if (raw == java.time.LocalDateTime.class) {
      return java.time.LocalDateTime.ofEpochSecond(millis / 1000, 0, ZoneOffset.UTC);
    }
    if (raw == java.time.ZonedDateTime.class) {
      return java.time.ZonedDateTime.ofInstant(
          Instant.ofEpochSecond(millis / 1000), ZoneOffset.UTC);
    }

    if (raw == UUID.class) {
      return new UUID(random.nextInt(1000), random.nextInt(1000));
    }
    if (raw == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextInt(100_000), 2);
    }
    if (raw == BigInteger.class) {
      return BigInteger.valueOf(random.nextInt(100_000));
    }
    if (raw == Duration.class) {
      return Duration.ofSeconds(random.nextInt(3600));
    }
    return null;
  }

  /** An empty {@code EnumSet} or {@code EnumMap} needs its enum class. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object emptyEnumCollection(Class<?> raw, Class<?> enumType) {
    return raw == EnumSet.class ? EnumSet.noneOf((Class) enumType) : new EnumMap(enumType);
  }
}

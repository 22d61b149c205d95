package io.github.deepcopygen.toolhive.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds random object graphs of the api types: every reference may be null, every collection has 0 to
 * 2 elements, so that null and empty both show up at every depth.
 */
public final class RandomInstances {
  private final Random random;
  private final double nullChance;

  public RandomInstances(long seed) {
    this(seed, 0.25);
  }

  public RandomInstances(long seed, double nullChance) {
    this.random = new Random(seed);
    this.nullChance = nullChance;
  }

  /** A new instance of {@code type} with every field set at random. */
  public <T> T instanceOf(Class<T> type) {
    try {
      T instance = type.getDeclaredConstructor().newInstance();
      for (Field field : Types.instanceFields(type)) {
        field.set(instance, valueOf(Types.resolvedType(field, type), field.getType().isPrimitive()));
      }
      return instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type, e);
    }
  }

  private Object valueOf(Type type, boolean primitive) {
    if (!primitive && random.nextDouble() < nullChance) {
      return null;
    }
    Class<?> raw = Types.raw(type);
    if (raw == int.class || raw == Integer.class) {
      return random.nextInt(5);
    }
    if (raw == long.class || raw == Long.class) {
      return (long) random.nextInt(1000);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    }
    if (raw == String.class) {
      return "s" + random.nextInt(1000);
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (raw == byte[].class) {
      byte[] bytes = new byte[random.nextInt(3)];
      random.nextBytes(bytes);
      return bytes;
    }
    if (raw == Date.class) {
      return new Date(random.nextInt(1_000_000_000));
    }
    if (raw == OffsetDateTime.class) {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(random.nextInt(1_000_000)), ZoneOffset.UTC);
    }
    if (raw == Duration.class) {
      return Duration.ofSeconds(random.nextInt(3600));
    }
    if (raw == List.class) {
      List<Object> list = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        list.add(valueOf(Types.argument(type, 0), false));
      }
      return list;
    }
    if (raw == Map.class) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        map.put("k" + random.nextInt(1000), valueOf(Types.argument(type, 1), false));
      }
      return map;
    }
    if (raw.isArray()) {
      Object array = Array.newInstance(raw.getComponentType(), random.nextInt(3));
      for (int i = 0; i < Array.getLength(array); i++) {
        Array.set(array, i, valueOf(raw.getComponentType(), raw.getComponentType().isPrimitive()));
      }
      return array;
    }
    if (!Modifier.isAbstract(raw.getModifiers())) {
      return instanceOf(raw);
    }
    throw new IllegalArgumentException("no random values for " + type);
  }
}

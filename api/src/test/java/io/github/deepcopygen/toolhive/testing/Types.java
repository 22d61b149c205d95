package io.github.deepcopygen.toolhive.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reflection for the tests (never for generated code): fields of a class and their resolved types. */
final class Types {
  private Types() {}

  /** Instance fields, superclass fields first, made accessible. */
  static List<Field> instanceFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
      fields.addAll(instanceFields(type.getSuperclass()));
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
        field.setAccessible(true);
        fields.add(field);
      }
    }
    return fields;
  }

  /** The field's generic type with the type variables of generic superclasses bound as in {@code owner}. */
  static Type resolvedType(Field field, Class<?> owner) {
    return resolve(field.getGenericType(), bindings(owner));
  }

  private static Map<TypeVariable<?>, Type> bindings(Class<?> owner) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType p) {
        TypeVariable<?>[] variables = ((Class<?>) p.getRawType()).getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
          bindings.put(variables[i], resolve(p.getActualTypeArguments()[i], bindings));
        }
      }
    }
    return bindings;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
      return bindings.get(variable);
    }
    if (type instanceof ParameterizedType p) {
      Type[] arguments = p.getActualTypeArguments().clone();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = resolve(arguments[i], bindings);
      }
      return new Resolved(p.getRawType(), arguments);
    }
    return type;
  }

  /** A parameterized type whose type variables have been replaced by their bindings. */
  private record Resolved(Type raw, Type[] arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return (Class<?>) ((ParameterizedType) type).getRawType();
  }

  static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  /** Values that may be shared between an object and its copy. */
  static boolean isImmutable(Object value) {
    return value instanceof String
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof Character
        || value instanceof Double
        || value instanceof Float
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof Temporal
        || value instanceof TemporalAmount
        || value instanceof BigDecimal
        || value instanceof BigInteger
        || value instanceof UUID;
  }
}

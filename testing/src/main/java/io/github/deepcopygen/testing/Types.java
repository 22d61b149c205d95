package io.github.deepcopygen.testing;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reflection for the tests (never for generated code): fields, record components and their resolved
 * types.
 */
final class Types {
  private Types() {}

  /**
   * Instance fields, superclass fields first, made accessible. The JDK's own classes are never
   * opened (JDK 17 forbids it, and their state is not ours to compare): the walk stops at them.
   */
  static List<Field> instanceFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    if (type.getName().startsWith("java.")) {
      return fields;
    }
    if (type.getSuperclass() != null) {
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

  /** The values of a record's components, in order. */
  static List<Object> components(Object record) {
    return components(record, List.of());
  }

  /**
   * The values of a record's components, in order, leaving out those named ({@code "Record.name"})
   * in {@code skipped}.
   */
  static List<Object> components(Object record, java.util.Collection<String> skipped) {
    List<Object> values = new ArrayList<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (skipped.contains(record.getClass().getSimpleName() + "." + component.getName())) {
        continue;
      }
      try {
        component.getAccessor().setAccessible(true);
        values.add(component.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }

  /**
   * The type variables bound in {@code owner}: its own arguments when it is parameterized, and
   * those of its generic superclasses, so that a field {@code S spec} of {@code CustomResource<S,
   * T>} is known.
   */
  static Map<TypeVariable<?>, Type> bindings(Type owner) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    if (owner instanceof ParameterizedType p) {
      TypeVariable<?>[] variables = raw(p).getTypeParameters();
      for (int i = 0; i < variables.length; i++) {
        bindings.put(variables[i], p.getActualTypeArguments()[i]);
      }
    }
    for (Class<?> c = raw(owner); c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType p) {
        TypeVariable<?>[] variables = raw(p).getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
          bindings.put(variables[i], resolve(p.getActualTypeArguments()[i], bindings));
        }
      }
    }
    return bindings;
  }

  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
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

  /** {@code type} seen as its supertype {@code target}: the type arguments it binds there. */
  static Type[] argumentsAs(Type type, Class<?> target) {
    Map<TypeVariable<?>, Type> bindings = bindings(type);
    List<Type> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      Type current = queue.remove(0);
      if (raw(current) == target) {
        return current instanceof ParameterizedType p
            ? ((ParameterizedType) resolve(p, bindings)).getActualTypeArguments()
            : new Type[0];
      }
      Class<?> c = raw(current);
      if (current instanceof ParameterizedType p) {
        TypeVariable<?>[] variables = c.getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
          bindings.putIfAbsent(variables[i], resolve(p.getActualTypeArguments()[i], bindings));
        }
      }
      if (c.getGenericSuperclass() != null) {
        queue.add(c.getGenericSuperclass());
      }
      queue.addAll(List.of(c.getGenericInterfaces()));
    }
    throw new IllegalArgumentException(type + " is no " + target);
  }

  /**
   * The permitted subtype {@code subtype} as a value of {@code sealed} is typed: {@code
   * Full<String>} for a {@code Slot<String>} when {@code Full<T> implements Slot<T>}.
   */
  static Type asSubtype(Type sealed, Class<?> subtype) {
    TypeVariable<?>[] variables = subtype.getTypeParameters();
    if (variables.length == 0 || !(sealed instanceof ParameterizedType p)) {
      return subtype;
    }
    Type[] view = argumentsAs(subtype, raw(sealed));
    Map<TypeVariable<?>, Type> bound = new HashMap<>();
    for (int i = 0; i < view.length; i++) {
      if (view[i] instanceof TypeVariable<?> variable) {
        bound.put(variable, p.getActualTypeArguments()[i]);
      }
    }
    Type[] arguments = new Type[variables.length];
    for (int i = 0; i < variables.length; i++) {
      arguments[i] = bound.getOrDefault(variables[i], Object.class);
    }
    return new Resolved(subtype, arguments);
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
    // A type variable left unbound (a raw use of a generic library class) or a wildcard argument:
    // the copy sees its bound, Object for the JSON trees that such positions hold.
    if (type instanceof TypeVariable<?> variable) {
      return raw(variable.getBounds()[0]);
    }
    if (type instanceof java.lang.reflect.WildcardType wildcard) {
      return raw(wildcard.getUpperBounds()[0]);
    }
    if (type instanceof GenericArrayType array) {
      return java.lang.reflect.Array.newInstance(raw(array.getGenericComponentType()), 0)
          .getClass();
    }
    return (Class<?>) ((ParameterizedType) type).getRawType();
  }

  static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }
}

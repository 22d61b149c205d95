package io.github.deepcopygen.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Changes every leaf of an object graph in place, for the isolation check: the copy must not see
 * it.
 */
final class Mutation {
  private static final Object NO_CHANGE = new Object();

  private final Graphs graphs;

  /** What was changed already: in a graph, a shared object is changed once, and a cycle ends. */
  private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  Mutation(Graphs graphs) {
    this.graphs = graphs;
  }

  @SuppressWarnings("unchecked")
  int mutate(Object root) {
    if (root == null || Values.isImmutable(root) || !visited.add(root)) {
      return 0;
    }
    if (Graphs.Leaves.isLeaf(root)) {
      Graphs.Leaves.change(root);
      return 1;
    }
    if (root instanceof Optional<?> optional) {
      return optional.map(this::mutate).orElse(0);
    }
    if (root.getClass().isRecord()) {
      return graphs.unsharedComponents(root).stream().mapToInt(this::mutate).sum();
    }
    if (root.getClass().isArray()) {
      return array(root);
    }
    if (root instanceof List<?> list) {
      int changes = 0;
      ListIterator<Object> it = (ListIterator<Object>) list.listIterator();
      while (it.hasNext()) {
        Object element = it.next();
        Object replacement = element == null ? NO_CHANGE : other(element, element.getClass());
        if (replacement != NO_CHANGE) {
          it.set(replacement);
          changes++;
        } else {
          changes += mutate(element);
        }
      }
      ((List<Object>) list).add(null);
      return changes + 1;
    }
    if (root instanceof Collection<?> collection) {
      int changes = collection.stream().mapToInt(this::mutate).sum();
      return changes + removeFirst(collection.iterator());
    }
    if (root instanceof Map<?, ?> map) {
      int changes = 0;
      for (Map.Entry<Object, Object> entry : ((Map<Object, Object>) map).entrySet()) {
        Object value = entry.getValue();
        Object replacement = value == null ? NO_CHANGE : other(value, value.getClass());
        if (replacement != NO_CHANGE) {
          entry.setValue(replacement);
          changes++;
        } else {
          changes += mutate(value);
        }
      }
      return changes + removeFirst(map.keySet().iterator());
    }
    return fields(root);
  }

  private int array(Object array) {
    int changes = 0;
    Class<?> component = array.getClass().getComponentType();
    for (int i = 0; i < Array.getLength(array); i++) {
      Object element = Array.get(array, i);
      Object replacement = other(element, component);
      if (replacement != NO_CHANGE) {
        Array.set(array, i, replacement);
        changes++;
      } else {
        changes += mutate(element);
      }
    }
    return changes;
  }

  private int fields(Object owner) {
    int changes = 0;
    for (Field field : Types.instanceFields(owner.getClass())) {
      if (graphs.isShared(field)) {
        continue;
      }
      Object value = Values.read(field, owner);
      Object replacement =
          Modifier.isFinal(field.getModifiers()) ? NO_CHANGE : other(value, field.getType());
      if (replacement != NO_CHANGE) {
        try {
          field.set(owner, replacement);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        changes++;
      } else {
        changes += mutate(value);
      }
    }
    return changes;
  }

  private static int removeFirst(Iterator<?> it) {
    if (!it.hasNext()) {
      return 0;
    }
    it.next();
    it.remove();
    return 1;
  }

  /** Another value for an immutable leaf of the given type, or NO_CHANGE for a mutable one. */
  private static Object other(Object value, Class<?> type) {
    if (type == String.class) {
      return value == null ? "mutated" : value + "'";
    }
    if (type == int.class || type == Integer.class) {
      return value == null ? 7 : (Integer) value + 1;
    }
    if (type == long.class || type == Long.class) {
      return value == null ? 7L : (Long) value + 1;
    }
    if (type == double.class || type == Double.class) {
      return value == null ? 7.0 : (Double) value + 1;
    }
    if (type == boolean.class || type == Boolean.class) {
      return value == null ? Boolean.TRUE : !(Boolean) value;
    }
    if (type == byte.class || type == Byte.class) {
      return value == null ? (byte) 7 : (byte) ((Byte) value + 1);
    }
    if (type == char.class || type == Character.class) {
      return value == null ? 'x' : (char) ((Character) value + 1);
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      int index = value == null ? 0 : (((Enum<?>) value).ordinal() + 1) % constants.length;
      return constants.length > 1 || value == null ? constants[index] : NO_CHANGE;
    }
    if (type == java.time.Duration.class) {
      return value == null
          ? java.time.Duration.ofSeconds(7)
          : ((java.time.Duration) value).plusSeconds(1);
    }
    if (type == Object.class
        && value != null
        && value.getClass() != Object.class
        && Values.isScalar(value)) {
      // a string or number held as Object (fabric8's IntOrString)
      return other(value, value.getClass());
    }
    // mutable, or an immutable value with nothing to change (other java.time values)
    return NO_CHANGE;
  }
}

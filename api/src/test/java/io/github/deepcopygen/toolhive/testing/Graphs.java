package io.github.deepcopygen.toolhive.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;

/**
 * Reflective views of an object graph for the tests: a rendering that tells null from empty and names
 * the class of every node, the set of its mutable nodes by identity, and a mutation of every leaf.
 */
public final class Graphs {
  private Graphs() {}

  /** A canonical text of the graph: equal texts mean equal content, classes and order at every node. */
  public static String render(Object root) {
    StringBuilder out = new StringBuilder();
    render(root, out);
    return out.toString();
  }

  private static void render(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (Types.isImmutable(value)) {
      out.append(value.getClass().getSimpleName()).append(':').append(value);
    } else if (value.getClass().isArray()) {
      out.append(value.getClass().getSimpleName()).append('[');
      for (int i = 0; i < Array.getLength(value); i++) {
        render(Array.get(value, i), out.append(i == 0 ? "" : ","));
      }
      out.append(']');
    } else if (value instanceof List<?> list) {
      out.append(value.getClass().getSimpleName()).append('[');
      for (int i = 0; i < list.size(); i++) {
        render(list.get(i), out.append(i == 0 ? "" : ","));
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append(value.getClass().getSimpleName()).append('{');
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        render(entry.getValue(), out.append(entry.getKey()).append('='));
        out.append(';');
      }
      out.append('}');
    } else if (value instanceof Date date) {
      out.append(value.getClass().getSimpleName()).append(':').append(date.getTime());
    } else {
      out.append(value.getClass().getSimpleName()).append('(');
      for (Field field : Types.instanceFields(value.getClass())) {
        out.append(field.getName()).append('=');
        render(read(field, value), out);
        out.append(';');
      }
      out.append(')');
    }
  }

  /** Every mutable object reachable from {@code root}, by identity. */
  public static Set<Object> mutableNodes(Object root) {
    Set<Object> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(root, nodes);
    return nodes;
  }

  private static void collect(Object value, Set<Object> nodes) {
    if (value == null || Types.isImmutable(value) || !nodes.add(value)) {
      return;
    }
    for (Object child : children(value)) {
      collect(child, nodes);
    }
  }

  private static List<Object> children(Object value) {
    List<Object> children = new ArrayList<>();
    if (value.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(value); i++) {
        children.add(Array.get(value, i));
      }
    } else if (value instanceof List<?> list) {
      children.addAll(list);
    } else if (value instanceof Map<?, ?> map) {
      children.addAll(map.keySet());
      children.addAll(map.values());
    } else if (!(value instanceof Date)) {
      for (Field field : Types.instanceFields(value.getClass())) {
        children.add(read(field, value));
      }
    }
    return children;
  }

  /**
   * Changes every leaf reachable from {@code root}: strings, numbers, booleans and enums get other
   * values, dates move, arrays and lists change in place, and every list and map grows by one entry.
   * Returns how many changes it made.
   */
  @SuppressWarnings("unchecked")
  public static int mutateEveryLeaf(Object root) {
    if (root == null || Types.isImmutable(root)) {
      return 0;
    }
    int changes = 0;
    if (root instanceof Date date) {
      date.setTime(date.getTime() + 1);
      return 1;
    }
    if (root.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(root); i++) {
        Object element = Array.get(root, i);
        if (root instanceof byte[] bytes) {
          bytes[i]++;
          changes++;
        } else if (element == null || Types.isImmutable(element)) {
          Array.set(root, i, other(element, root.getClass().getComponentType()));
          changes++;
        } else {
          changes += mutateEveryLeaf(element);
        }
      }
      return changes;
    }
    if (root instanceof List<?> list) {
      ListIterator<Object> it = (ListIterator<Object>) list.listIterator();
      while (it.hasNext()) {
        Object element = it.next();
        if (element != null && Types.isImmutable(element)) {
          it.set(other(element, element.getClass()));
          changes++;
        } else {
          changes += mutateEveryLeaf(element);
        }
      }
      ((List<Object>) list).add(null);
      return changes + 1;
    }
    if (root instanceof Map<?, ?> map) {
      for (Map.Entry<Object, Object> entry : ((Map<Object, Object>) map).entrySet()) {
        Object value = entry.getValue();
        if (value != null && Types.isImmutable(value)) {
          entry.setValue(other(value, value.getClass()));
          changes++;
        } else {
          changes += mutateEveryLeaf(value);
        }
      }
      ((Map<Object, Object>) map).put("added-by-mutation", null);
      return changes + 1;
    }
    for (Field field : Types.instanceFields(root.getClass())) {
      Object value = read(field, root);
      Object replacement = other(value, field.getType());
      if (replacement != NO_CHANGE) {
        write(field, root, replacement);
        changes++;
      } else {
        changes += mutateEveryLeaf(value);
      }
    }
    return changes;
  }

  private static final Object NO_CHANGE = new Object();

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
    if (type == boolean.class || type == Boolean.class) {
      return value == null ? Boolean.TRUE : !(Boolean) value;
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      int index = value == null ? 0 : (((Enum<?>) value).ordinal() + 1) % constants.length;
      return constants.length > 1 || value == null ? constants[index] : NO_CHANGE;
    }
    if (value != null && Types.isImmutable(value)) {
      return NO_CHANGE; // java.time values: nothing to mutate, and sharing them is fine
    }
    return NO_CHANGE;
  }

  private static Object read(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Field field, Object owner, Object value) {
    try {
      field.set(owner, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.deepcopygen.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Random object graphs, not only trees: a random tree of {@link RandomInstances}, then rewired so
 * that references share nodes and close cycles. A field is pointed at another object the tree holds
 * that its type accepts (a parent link, a sibling, the object itself), a list, array or map gets an
 * element that is held elsewhere already, and a field takes the very collection or array another
 * field of the same type holds.
 */
public final class RandomGraphs {
  private final long seed;
  private final Set<String> shared;
  private final Map<Class<?>, Function<Random, ?>> factories;

  /**
   * The collections, maps and arrays of the tree, with the generic type of the field that holds
   * each.
   */
  private final List<Map.Entry<Type, Object>> values = new ArrayList<>();

  private final Map<Copied, Boolean> graphTypes = new HashMap<>();

  /** A class, copied by the copiers of the package {@code site}. */
  private record Copied(Class<?> type, String site) {}

  RandomGraphs(long seed, Set<String> shared, Map<Class<?>, Function<Random, ?>> factories) {
    this.seed = seed;
    this.shared = shared;
    this.factories = factories;
  }

  /** A random graph whose root is of {@code type}. */
  public <T> T instanceOf(Class<T> type) {
    T root = new RandomInstances(seed, 0.2, factories).instanceOf(type);
    Random random = new Random(seed * 31 + 7);
    List<Object> objects = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    collect(
        root,
        true,
        type.getPackageName(),
        objects,
        slots,
        Collections.newSetFromMap(new IdentityHashMap<>()));
    int rewirings = 1 + objects.size() / 2;
    for (int i = 0; i < rewirings && !slots.isEmpty(); i++) {
      slots.get(random.nextInt(slots.size())).rewire(objects, random);
    }
    return root;
  }

  /** A place a reference can be changed: a field of an object, or a list to add to. */
  private interface Slot {
    void rewire(List<Object> objects, Random random);
  }

  private record FieldSlot(Object owner, Field field) implements Slot {
    @Override
    public void rewire(List<Object> objects, Random random) {
      List<Object> accepted = new ArrayList<>();
      for (Object candidate : objects) {
        if (accepts(field.getGenericType(), field.getType(), candidate)) {
          accepted.add(candidate);
        }
      }
      if (!accepted.isEmpty()) {
        try {
          field.set(owner, accepted.get(random.nextInt(accepted.size())));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** A list, an array or a map of model objects: one more element, or one element replaced. */
  private record ContainerSlot(Object container, Class<?> elementType) implements Slot {
    @Override
    @SuppressWarnings("unchecked")
    public void rewire(List<Object> objects, Random random) {
      List<Object> accepted = new ArrayList<>();
      for (Object candidate : objects) {
        if (elementType.isInstance(candidate)) {
          accepted.add(candidate);
        }
      }
      if (accepted.isEmpty()) {
        return;
      }
      Object chosen = accepted.get(random.nextInt(accepted.size()));
      if (container instanceof List<?> list
          && list.getClass().getName().startsWith("java.util.")
          && !list.getClass().getName().startsWith("java.util.Immutable")) {
        ((List<Object>) list).add(random.nextInt(list.size() + 1), chosen);
      } else if (container instanceof Map<?, ?> map && !map.isEmpty()) {
        List<Object> keys = new ArrayList<>(map.keySet());
        ((Map<Object, Object>) map).put(keys.get(random.nextInt(keys.size())), chosen);
      } else if (container.getClass().isArray() && Array.getLength(container) > 0) {
        Array.set(container, random.nextInt(Array.getLength(container)), chosen);
      }
    }
  }

  /** A field of a collection, map or array type: the very one another field of that type holds. */
  private record SameValueSlot(Object owner, Field field, List<Map.Entry<Type, Object>> values)
      implements Slot {
    @Override
    public void rewire(List<Object> objects, Random random) {
      List<Object> accepted = new ArrayList<>();
      for (Map.Entry<Type, Object> value : values) {
        if (value.getKey().equals(field.getGenericType())
            && value.getValue() != Values.read(field, owner)) {
          accepted.add(value.getValue());
        }
      }
      if (!accepted.isEmpty()) {
        try {
          field.set(owner, accepted.get(random.nextInt(accepted.size())));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /**
   * Whether a field declared {@code type} may hold {@code candidate}: a class of the model it is an
   * instance of, or a collection or map of the field's very declared type (the same list held
   * twice).
   */
  private static boolean accepts(Type generic, Class<?> raw, Object candidate) {
    if (!raw.isInstance(candidate)) {
      return false;
    }
    if (candidate instanceof Collection<?>
        || candidate instanceof Map<?, ?>
        || candidate.getClass().isArray()) {
      return false; // their element types are unknown at run time: SameValueSlot shares those
    }
    return !(generic instanceof ParameterizedType)
        || candidate.getClass().getTypeParameters().length == 0;
  }

  /**
   * Walks the tree; {@code inGraph} says whether the graph copy copies {@code value}'s parts, or a
   * tree copy does (the fields of a {@code @DeepCopy} type that is no graph type, or of a class
   * that an {@code @DeepCopy.Include} of {@code site}, the holder's package, lists): only the
   * former may share.
   */
  private void collect(
      Object value,
      boolean inGraph,
      String site,
      List<Object> objects,
      List<Slot> slots,
      Set<Object> seen) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, inGraph, site, objects, slots, seen));
      return;
    }
    if (value == null || Values.isScalar(value) || !seen.add(value)) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, inGraph, site, objects, slots, seen));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(e -> collect(e, inGraph, site, objects, slots, seen));
    } else if (value.getClass().isArray()) {
      Graphs.elementsOf(value).forEach(e -> collect(e, inGraph, site, objects, slots, seen));
      Class<?> component = value.getClass().getComponentType();
      if (inGraph && isModel(component)) {
        slots.add(new ContainerSlot(value, component));
      }
    } else if (!value.getClass().getName().startsWith("java.")) {
      if (inGraph) {
        objects.add(
            value); // a graph object, or a tree copied once as a whole: either may be shared
      }
      fields(value, inGraph && copiedAsGraph(value.getClass(), site), objects, slots, seen);
    }
  }

  private void fields(
      Object owner, boolean inGraph, List<Object> objects, List<Slot> slots, Set<Object> seen) {
    for (Field field : Types.instanceFields(owner.getClass())) {
      Object held = Values.read(field, owner);
      if (shared.contains(field.getDeclaringClass().getSimpleName() + "." + field.getName())) {
        continue;
      }
      // A superclass that is no graph type copies its own fields as a tree.
      boolean graphField =
          inGraph && copiedAsGraph(field.getDeclaringClass(), owner.getClass().getPackageName());
      boolean assignable = !Modifier.isFinal(field.getModifiers()) && !owner.getClass().isRecord();
      Type generic = field.getGenericType();
      if (graphField && assignable && isModel(field.getType())) {
        slots.add(new FieldSlot(owner, field));
      }
      // A collection or map of a type without variables, or an array (int[], Node[]): another field
      // of that very type may hold it too.
      boolean container =
          generic instanceof ParameterizedType p
              && !hasVariables(p)
              && (held instanceof Collection<?> || held instanceof Map<?, ?>);
      if (graphField
          && held != null
          && (container || generic instanceof Class<?> c && c.isArray())) {
        values.add(Map.entry(generic, held));
        if (assignable) {
          slots.add(new SameValueSlot(owner, field, values));
        }
      }
      if (graphField && container) {
        Type[] arguments = ((ParameterizedType) generic).getActualTypeArguments();
        if (arguments[arguments.length - 1] instanceof Class<?> element
            && isModel(element)
            && (held instanceof List<?> || held instanceof Map<?, ?>)) {
          slots.add(new ContainerSlot(held, element)); // also a record's: the list is still mutable
        }
      }
      collect(held, graphField, owner.getClass().getPackageName(), objects, slots, seen);
    }
  }

  /**
   * Whether a graph copy copies the parts of a {@code type}: its copier has {@code deepCopyGraph},
   * or it has no copier (a record rebuilt inline, a superclass that is not {@code @DeepCopy}). A
   * class with a {@code deepCopy()} of its own copies itself, as a whole; a class listed in an
   * {@code @DeepCopy.Include} has its copier in the package {@code site} that lists it, and that
   * copier copies trees.
   */
  private boolean copiedAsGraph(Class<?> type, String site) {
    return graphTypes.computeIfAbsent(
        new Copied(type, site),
        copied -> {
          try {
            return Copiers.hasDeepCopyGraph(type);
          } catch (ClassNotFoundException notDeepCopy) {
            if (Copiers.copiesItself(type)) {
              return false;
            }
            try {
              return Copiers.hasDeepCopyGraph(type, site);
            } catch (ClassNotFoundException noCopier) {
              return true;
            }
          }
        });
  }

  /** A class of the model, not the JDK's: what the rewiring points references at. */
  private static boolean isModel(Class<?> type) {
    return !type.isPrimitive()
        && !type.isArray()
        && !type.getName().startsWith("java.")
        && !type.isEnum();
  }

  private static boolean hasVariables(ParameterizedType type) {
    for (Type argument : type.getActualTypeArguments()) {
      if (!(argument instanceof Class<?>)
          && !(argument instanceof ParameterizedType p && !hasVariables(p))) {
        return true;
      }
    }
    return false;
  }
}

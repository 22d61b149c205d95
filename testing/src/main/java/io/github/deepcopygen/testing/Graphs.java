package io.github.deepcopygen.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reflective views of an object graph for the tests: a rendering that tells null from empty and
 * names the class of every node, the set of its mutable nodes by identity, and a mutation of every
 * leaf. Fields named in {@code shared} ({@code "Owner.field"}) hold values shared on purpose
 * ({@code @DeepCopy.Shallow}): the walks leave them out.
 */
public final class Graphs {
  private final Set<String> shared;
  private final boolean hashAsLinked;

  public Graphs(Set<String> shared) {
    this(shared, false);
  }

  private Graphs(Set<String> shared, boolean hashAsLinked) {
    this.shared = Set.copyOf(shared);
    this.hashAsLinked = hashAsLinked;
  }

  /**
   * The same walks, but a {@code HashMap} or {@code HashSet} renders as the {@code LinkedHashMap}
   * or {@code LinkedHashSet} of its iteration order: what copy rule 7 makes of a hash map in a
   * field declared {@code Map} (fabric8's Quantity starts its additionalProperties as a HashMap,
   * and Jackson fills it).
   */
  public Graphs hashCollectionsAsLinked() {
    return new Graphs(shared, true);
  }

  /**
   * A canonical text of the graph: equal texts mean equal content, classes and order at every node.
   */
  public String render(Object root) {
    StringBuilder out = new StringBuilder();
    render(root, out, null);
    return out.toString();
  }

  /**
   * A canonical text of the graph with its sharing: each mutable object, record and optional gets a
   * number when first met, and each later reference to it is {@code @number}. Equal texts mean the
   * same content and the same sharing structure, cycles included: the graphs are isomorphic.
   */
  public String renderGraph(Object root) {
    StringBuilder out = new StringBuilder();
    render(root, out, new IdentityHashMap<>());
    return out.toString();
  }

  private String render(Object value, Map<Object, Integer> numbers) {
    StringBuilder out = new StringBuilder();
    render(value, out, numbers);
    return out.toString();
  }

  private void render(Object value, StringBuilder out, Map<Object, Integer> numbers) {
    if (value == null) {
      out.append("null");
      return;
    }
    if (numbers != null && !Values.isScalar(value)) {
      Integer number = numbers.get(value);
      if (number != null) {
        out.append('@').append(number);
        return;
      }
      numbers.put(value, numbers.size());
      out.append('#').append(numbers.size() - 1).append(' ');
    }
    out.append(renderedClass(value).getName());
    if (Values.isScalar(value)) {
      out.append(':').append(value);
    } else if (Leaves.isLeaf(value)) {
      out.append(':').append(Leaves.text(value));
    } else if (value instanceof Optional<?> optional) {
      out.append('(');
      render(optional.orElse(null), out, numbers);
      out.append(')');
    } else if (value instanceof Map<?, ?> map) {
      out.append(comparatorOf(value)).append('{');
      List<String> entries = new ArrayList<>();
      for (Map.Entry<?, ?> entry :
          inCanonicalOrder(value, new ArrayList<>(map.entrySet()), Map.Entry::getKey)) {
        entries.add(render(entry.getKey(), numbers) + "=" + render(entry.getValue(), numbers));
      }
      out.append(String.join(";", entries)).append('}');
    } else if (value instanceof Collection<?> || value.getClass().isArray()) {
      out.append(comparatorOf(value)).append('[');
      List<String> elements = new ArrayList<>();
      for (Object element : inCanonicalOrder(value, elementsOf(value), element -> element)) {
        elements.add(render(element, numbers));
      }
      out.append(String.join(",", elements)).append(']');
      renderOwnFields(value, out);
    } else if (value.getClass().isRecord()) {
      out.append('(');
      for (Object component : Types.components(value)) {
        render(component, out, numbers);
        out.append(';');
      }
      out.append(')');
    } else {
      out.append('(');
      for (Field field : Types.instanceFields(value.getClass())) {
        out.append(field.getName()).append('=');
        render(Values.read(field, value), out, numbers);
        out.append(';');
      }
      out.append(')');
    }
  }

  /** A user's collection subclass may declare fields of its own (deepcopy-gen refuses those). */
  private void renderOwnFields(Object value, StringBuilder out) {
    if (value.getClass().getName().startsWith("java.") || value.getClass().isArray()) {
      return;
    }
    for (Class<?> c = value.getClass(); !c.getName().startsWith("java."); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          throw new IllegalStateException("collection with fields: " + field);
        }
      }
    }
  }

  private Class<?> renderedClass(Object value) {
    if (hashAsLinked && value.getClass() == java.util.HashMap.class) {
      return LinkedHashMap.class;
    }
    if (hashAsLinked && value.getClass() == java.util.HashSet.class) {
      return LinkedHashSet.class;
    }
    return value.getClass();
  }

  /**
   * Hash-ordered collections have no order to keep: their parts sorted by the text of the element,
   * or of the key for a map, rendered on its own. Sorting before rendering, not after, keeps the
   * numbers of the graph rendering off the hash order too, which a copy built with another capacity
   * does not share.
   */
  private <T> List<T> inCanonicalOrder(Object container, List<T> parts, Function<T, Object> key) {
    boolean ordered =
        renderedClass(container) != container.getClass()
            || container instanceof List<?>
            || container instanceof Queue<?>
            || container instanceof LinkedHashSet<?>
            || container instanceof LinkedHashMap<?, ?>
            || container instanceof SortedSet<?>
            || container instanceof SortedMap<?, ?>
            || container instanceof EnumSet<?>
            || container instanceof EnumMap<?, ?>
            || container.getClass().isArray();
    if (!ordered) {
      // Numbered afresh, so that a key or element on a cycle renders finitely.
      Map<T, String> texts = new IdentityHashMap<>();
      for (T part : parts) {
        texts.put(part, renderGraph(key.apply(part)));
      }
      parts.sort(Comparator.comparing(texts::get));
    }
    return parts;
  }

  private static String comparatorOf(Object container) {
    Object comparator = null;
    if (container instanceof SortedSet<?> set) {
      comparator = set.comparator();
    } else if (container instanceof SortedMap<?, ?> map) {
      comparator = map.comparator();
    }
    return comparator == null ? "" : "<" + comparator.getClass().getName() + ">";
  }

  /** The mutable objects that both graphs reach, by identity: empty when {@code copy} is deep. */
  public Set<Object> sharedMutableNodes(Object original, Object copy) {
    Set<Object> shared = mutableNodes(original);
    shared.retainAll(mutableNodes(copy));
    return shared;
  }

  /** Every mutable object reachable from {@code root}, by identity. */
  public Set<Object> mutableNodes(Object root) {
    Set<Object> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(root, nodes);
    return nodes;
  }

  private void collect(Object value, Set<Object> nodes) {
    if (value == null || Values.isImmutable(value)) {
      return;
    }
    // A record or an optional has no state of its own to change: only what it holds can be shared
    // wrongly.
    boolean shell = value instanceof Optional<?> || value.getClass().isRecord();
    if (!shell && !nodes.add(value)) {
      return;
    }
    for (Object child : children(value)) {
      collect(child, nodes);
    }
  }

  private List<Object> children(Object value) {
    List<Object> children = new ArrayList<>();
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(children::add);
    } else if (value instanceof Map<?, ?> map) {
      children.addAll(map.keySet());
      children.addAll(map.values());
    } else if (value instanceof Collection<?> || value.getClass().isArray()) {
      children.addAll(elementsOf(value));
    } else if (value.getClass().isRecord()) {
      children.addAll(unsharedComponents(value));
    } else if (!Leaves.isLeaf(value)) {
      for (Field field : Types.instanceFields(value.getClass())) {
        if (!isShared(field)) {
          children.add(Values.read(field, value));
        }
      }
    }
    return children;
  }

  /**
   * Changes every leaf reachable from {@code root}: scalars get other values, dates, calendars, bit
   * sets and atomics change in place, and every collection and map loses or gains an entry. Returns
   * how many changes it made.
   */
  public int mutateEveryLeaf(Object root) {
    return new Mutation(this).mutate(root);
  }

  /** A record's component values, less those shared on purpose. */
  List<Object> unsharedComponents(Object record) {
    return Types.components(record, shared);
  }

  boolean isShared(Field field) {
    return shared.contains(field.getDeclaringClass().getSimpleName() + "." + field.getName());
  }

  static List<Object> elementsOf(Object container) {
    if (container instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    List<Object> elements = new ArrayList<>();
    for (int i = 0; i < Array.getLength(container); i++) {
      elements.add(Array.get(container, i));
    }
    return elements;
  }

  /** Mutable JDK values without children: rendered by their state, changed in place. */
  static final class Leaves {
    private Leaves() {}

    static boolean isLeaf(Object value) {
      return value instanceof Date
          || value instanceof Calendar
          || value instanceof BitSet
          || value instanceof AtomicInteger
          || value instanceof AtomicLong
          || value instanceof AtomicBoolean;
    }

    static String text(Object value) {
      if (value instanceof java.sql.Timestamp timestamp) {
        return timestamp.getTime() + "." + timestamp.getNanos();
      }
      if (value instanceof Date date) {
        return String.valueOf(date.getTime());
      }
      if (value instanceof Calendar calendar) {
        return calendar.getTimeInMillis() + "@" + calendar.getTimeZone().getID();
      }
      return value.toString();
    }

    static void change(Object value) {
      if (value instanceof Date date) {
        date.setTime(date.getTime() + 1);
      } else if (value instanceof Calendar calendar) {
        calendar.add(Calendar.MILLISECOND, 1);
      } else if (value instanceof BitSet bits) {
        bits.flip(0);
      } else if (value instanceof AtomicInteger atomic) {
        atomic.incrementAndGet();
      } else if (value instanceof AtomicLong atomic) {
        atomic.incrementAndGet();
      } else {
        AtomicBoolean atomic = (AtomicBoolean) value;
        atomic.set(!atomic.get());
      }
    }
  }
}

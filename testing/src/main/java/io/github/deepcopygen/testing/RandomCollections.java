package io.github.deepcopygen.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Random collections and maps of a declared type: the implementation deepcopy-gen uses for an
 * interface, the class itself for a concrete one, sorted ones in reverse order so that a lost
 * comparator shows.
 */
final class RandomCollections {
  private final RandomInstances values;
  private final Random random;

  RandomCollections(RandomInstances values, Random random) {
    this.values = values;
    this.random = random;
  }

  @SuppressWarnings("unchecked")
  Object of(Type type) {
    Class<?> raw = Types.raw(type);
    boolean map = Map.class.isAssignableFrom(raw);
    Type[] arguments = Types.argumentsAs(type, map ? Map.class : Collection.class);
    Object container = create(raw, arguments[0]);
    // Null elements are kept, but ArrayDeque, sorted and concurrent collections do not take them.
    boolean nullable =
        !(container instanceof Deque<?>
            || container instanceof SortedSet<?>
            || container instanceof SortedMap<?, ?>
            || container instanceof ConcurrentMap<?, ?>
            || container instanceof EnumSet<?>
            || container instanceof EnumMap<?, ?>);
    for (int i = random.nextInt(3); i > 0; i--) {
      if (map) {
        Object key = values.valueOf(arguments[0], false, true);
        ((Map<Object, Object>) container).put(key, values.valueOf(arguments[1], false, !nullable));
      } else {
        ((Collection<Object>) container).add(values.valueOf(arguments[0], false, !nullable));
      }
    }
    return container;
  }

  /**
   * Reverse natural order; elements that have none are ordered by their rendering, which a deep
   * copy keeps, as a user's comparator over their content would.
   */
  private static Comparator<Object> order(Type element) {
    if (Comparable.class.isAssignableFrom(Types.raw(element))) {
      return Collections.reverseOrder();
    }
    Graphs graphs = new Graphs(Set.of());
    return Comparator.comparing(graphs::render);
  }

  private static Object create(Class<?> raw, Type firstArgument) {
    if (raw == EnumSet.class || raw == EnumMap.class) {
      return RandomInstances.emptyEnumCollection(raw, Types.raw(firstArgument));
    }
    if (raw == SortedSet.class || raw == NavigableSet.class || raw == TreeSet.class) {
      return new TreeSet<>(order(firstArgument));
    }
    if (raw == SortedMap.class || raw == NavigableMap.class || raw == TreeMap.class) {
      return new TreeMap<>(Comparator.reverseOrder());
    }
    if (raw == ConcurrentSkipListSet.class) {
      return new ConcurrentSkipListSet<>(Comparator.reverseOrder());
    }
    if (raw == ConcurrentSkipListMap.class) {
      return new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    }
    if (raw == List.class || raw == Collection.class) {
      return new ArrayList<>();
    }
    if (raw == Set.class) {
      return new LinkedHashSet<>();
    }
    if (raw == Queue.class || raw == Deque.class) {
      return new ArrayDeque<>();
    }
    if (raw == Map.class) {
      return new LinkedHashMap<>();
    }
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      throw new IllegalArgumentException("no random values for " + raw);
    }
    try {
      Constructor<?> constructor = raw.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + raw, e);
    }
  }
}

package golden;

import io.github.deepcopygen.DeepCopy;
import java.time.DayOfWeek;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule 7: every collection interface gets its fixed implementation, every concrete class itself (and a
 * check that the source is not a subclass of it), sorted ones their source's comparator, enum ones their
 * key type; elements and values are copied by the rules, at any depth.
 */
@DeepCopy
public class JdkCollections {
    @DeepCopy
    public static class Item {
        String name;
    }

    Collection<Item> collection;
    Set<Item> set;
    SortedSet<String> sortedNames;
    NavigableSet<Item> navigableItems;
    Queue<Item> queue;
    Deque<String> deque;
    SortedMap<String, Item> sortedMap;
    NavigableMap<String, String> navigableMap;
    ArrayList<Item> arrayList;
    ArrayList<String> arrayListOfNames;
    LinkedList<Item> linkedList;
    HashSet<String> hashSet;
    LinkedHashSet<Item> linkedHashSet;
    TreeSet<String> treeSet;
    ArrayDeque<Item> arrayDeque;
    HashMap<String, Item> hashMap;
    LinkedHashMap<String, String> linkedHashMap;
    TreeMap<String, Item> treeMap;
    ConcurrentHashMap<String, Item> concurrentMap;
    EnumSet<DayOfWeek> days;
    EnumMap<DayOfWeek, Item> itemsByDay;
    EnumMap<DayOfWeek, String> notesByDay;
    Map<String, List<Map<String, Item>>> nested;
}

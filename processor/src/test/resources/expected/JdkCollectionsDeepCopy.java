package golden;

import java.time.DayOfWeek;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JdkCollections}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JdkCollectionsDeepCopy {
    private JdkCollectionsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JdkCollections deepCopy(JdkCollections in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JdkCollections.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.JdkCollections: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make JdkCollections sealed or final.");
        }
        JdkCollections out = new JdkCollections();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JdkCollections in, JdkCollections out) {
        out.collection = copyCollectionOfItem(in.collection);
        out.set = copySetOfItem(in.set);
        out.sortedNames = in.sortedNames == null ? null : new TreeSet<>(in.sortedNames);
        out.navigableItems = copyNavigableSetOfItem(in.navigableItems);
        out.queue = copyQueueOfItem(in.queue);
        out.deque = in.deque == null ? null : new ArrayDeque<>(in.deque);
        out.sortedMap = copySortedMapOfStringToItem(in.sortedMap);
        out.navigableMap = in.navigableMap == null ? null : new TreeMap<>(in.navigableMap);
        out.arrayList = copyArrayListOfItem(in.arrayList);
        out.arrayListOfNames = copyArrayListOfString(in.arrayListOfNames);
        out.linkedList = copyLinkedListOfItem(in.linkedList);
        out.hashSet = copyHashSetOfString(in.hashSet);
        out.linkedHashSet = copyLinkedHashSetOfItem(in.linkedHashSet);
        out.treeSet = copyTreeSetOfString(in.treeSet);
        out.arrayDeque = copyArrayDequeOfItem(in.arrayDeque);
        out.hashMap = copyHashMapOfStringToItem(in.hashMap);
        out.linkedHashMap = copyLinkedHashMapOfStringToString(in.linkedHashMap);
        out.treeMap = copyTreeMapOfStringToItem(in.treeMap);
        out.concurrentMap = copyConcurrentHashMapOfStringToItem(in.concurrentMap);
        out.days = in.days == null ? null : EnumSet.copyOf(in.days);
        out.itemsByDay = copyEnumMapOfDayOfWeekToItem(in.itemsByDay);
        out.notesByDay = copyEnumMapOfDayOfWeekToString(in.notesByDay);
        out.nested = copyMapOfStringToListOfMapOfStringToItem(in.nested);
    }

    private static Collection<JdkCollections.Item> copyCollectionOfItem(
            Collection<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        Collection<JdkCollections.Item> out = new ArrayList<>(in.size());
        for (JdkCollections.Item element : in) {
            out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static Set<JdkCollections.Item> copySetOfItem(Set<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        Set<JdkCollections.Item> out = new LinkedHashSet<>((int) Math.ceil(in.size() / 0.75));
        for (JdkCollections.Item element : in) {
            out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static NavigableSet<JdkCollections.Item> copyNavigableSetOfItem(
            NavigableSet<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        NavigableSet<JdkCollections.Item> out = new TreeSet<>(in.comparator());
        for (JdkCollections.Item element : in) {
            out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static Queue<JdkCollections.Item> copyQueueOfItem(Queue<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        Queue<JdkCollections.Item> out = new ArrayDeque<>(in.size());
        for (JdkCollections.Item element : in) {
            out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static SortedMap<String, JdkCollections.Item> copySortedMapOfStringToItem(
            SortedMap<String, JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        SortedMap<String, JdkCollections.Item> out = new TreeMap<>(in.comparator());
        for (Map.Entry<String, JdkCollections.Item> entry : in.entrySet()) {
            out.put(entry.getKey(), JdkCollections_ItemDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }

    private static ArrayList<JdkCollections.Item> copyArrayListOfItem(
            ArrayList<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ArrayList.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.ArrayList: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        ArrayList<JdkCollections.Item> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(JdkCollections_ItemDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (JdkCollections.Item element : in) {
                out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static ArrayList<String> copyArrayListOfString(ArrayList<String> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ArrayList.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.ArrayList: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        return new ArrayList<>(in);
    }

    private static LinkedList<JdkCollections.Item> copyLinkedListOfItem(
            LinkedList<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LinkedList.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.LinkedList: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        LinkedList<JdkCollections.Item> out = new LinkedList<>();
        for (JdkCollections.Item element : in) {
            out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static HashSet<String> copyHashSetOfString(HashSet<String> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != HashSet.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.HashSet: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        return new HashSet<>(in);
    }

    private static LinkedHashSet<JdkCollections.Item> copyLinkedHashSetOfItem(
            LinkedHashSet<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LinkedHashSet.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.LinkedHashSet: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        LinkedHashSet<JdkCollections.Item> out = new LinkedHashSet<>((int) Math.ceil(in.size() / 0.75));
        for (JdkCollections.Item element : in) {
            out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static TreeSet<String> copyTreeSetOfString(TreeSet<String> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TreeSet.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.TreeSet: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        return new TreeSet<>(in);
    }

    private static ArrayDeque<JdkCollections.Item> copyArrayDequeOfItem(
            ArrayDeque<JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ArrayDeque.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.ArrayDeque: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        ArrayDeque<JdkCollections.Item> out = new ArrayDeque<>(in.size());
        for (JdkCollections.Item element : in) {
            out.add(JdkCollections_ItemDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static HashMap<String, JdkCollections.Item> copyHashMapOfStringToItem(
            HashMap<String, JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != HashMap.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.HashMap: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        HashMap<String, JdkCollections.Item> out = new HashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, JdkCollections.Item> entry : in.entrySet()) {
            out.put(entry.getKey(), JdkCollections_ItemDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }

    private static LinkedHashMap<String, String> copyLinkedHashMapOfStringToString(
            LinkedHashMap<String, String> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LinkedHashMap.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.LinkedHashMap: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        return new LinkedHashMap<>(in);
    }

    private static TreeMap<String, JdkCollections.Item> copyTreeMapOfStringToItem(
            TreeMap<String, JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != TreeMap.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.TreeMap: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        TreeMap<String, JdkCollections.Item> out = new TreeMap<>(in.comparator());
        for (Map.Entry<String, JdkCollections.Item> entry : in.entrySet()) {
            out.put(entry.getKey(), JdkCollections_ItemDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }

    private static ConcurrentHashMap<String, JdkCollections.Item> copyConcurrentHashMapOfStringToItem(
            ConcurrentHashMap<String, JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != ConcurrentHashMap.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.concurrent.ConcurrentHashMap: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        ConcurrentHashMap<String, JdkCollections.Item> out = new ConcurrentHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, JdkCollections.Item> entry : in.entrySet()) {
            out.put(entry.getKey(), JdkCollections_ItemDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }

    private static EnumMap<DayOfWeek, JdkCollections.Item> copyEnumMapOfDayOfWeekToItem(
            EnumMap<DayOfWeek, JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != EnumMap.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.EnumMap: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        EnumMap<DayOfWeek, JdkCollections.Item> out = new EnumMap<>(in);
        for (Map.Entry<DayOfWeek, JdkCollections.Item> entry : out.entrySet()) {
            entry.setValue(JdkCollections_ItemDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }

    private static EnumMap<DayOfWeek, String> copyEnumMapOfDayOfWeekToString(
            EnumMap<DayOfWeek, String> in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != EnumMap.class) {
            throw new IllegalArgumentException("JdkCollectionsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of java.util.EnumMap: the copy would lose its class. Fix: declare the field with an interface (List, Set, Map, ...) or with the subclass.");
        }
        return new EnumMap<>(in);
    }

    private static Map<String, List<Map<String, JdkCollections.Item>>> copyMapOfStringToListOfMapOfStringToItem(
            Map<String, List<Map<String, JdkCollections.Item>>> in) {
        if (in == null) {
            return null;
        }
        Map<String, List<Map<String, JdkCollections.Item>>> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, List<Map<String, JdkCollections.Item>>> entry : in.entrySet()) {
            out.put(entry.getKey(), copyListOfMapOfStringToItem(entry.getValue()));
        }
        return out;
    }

    private static List<Map<String, JdkCollections.Item>> copyListOfMapOfStringToItem(
            List<Map<String, JdkCollections.Item>> in) {
        if (in == null) {
            return null;
        }
        List<Map<String, JdkCollections.Item>> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyMapOfStringToItem(in.get(i)));
            }
        } else {
            for (Map<String, JdkCollections.Item> element : in) {
                out.add(copyMapOfStringToItem(element));
            }
        }
        return out;
    }

    private static Map<String, JdkCollections.Item> copyMapOfStringToItem(
            Map<String, JdkCollections.Item> in) {
        if (in == null) {
            return null;
        }
        Map<String, JdkCollections.Item> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, JdkCollections.Item> entry : in.entrySet()) {
            out.put(entry.getKey(), JdkCollections_ItemDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }
}

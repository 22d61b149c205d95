package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.time.DayOfWeek;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Rule 7, collections and maps: interfaces get a fixed JDK implementation, concrete classes
 * themselves, sorted ones their comparator, at any depth; a subclass of a JDK collection stays that
 * subclass.
 */
@DeepCopy
public class Inventory {
  @DeepCopy
  public static class Item {
    public String sku;
    public int quantity;
  }

  /** A named list type: copied into a new Shelf, not an ArrayList. */
  public static class Shelf extends ArrayList<Item> {
    private static final long serialVersionUID = 1L;
  }

  public List<Item> items;
  public Set<String> tags;
  public SortedSet<String> sortedTags;
  public NavigableMap<String, Item> bySku;
  public Queue<Item> restockQueue;
  public Deque<String> history;
  public EnumSet<DayOfWeek> openDays;
  public EnumMap<DayOfWeek, List<Item>> deliveries;
  public ArrayList<Item> backorders;
  public LinkedList<String> notes;
  public HashMap<String, Integer> counts;
  public TreeMap<String, Item> catalogue;
  public ArrayDeque<Item> returns;
  public Map<String, List<Map<String, Item>>> warehouses;
  public Shelf shelf;
}

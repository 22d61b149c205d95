package io.github.deepcopygen.processor.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The strongly connected components of more than one node in a graph of arrows (Tarjan's
 * algorithm): each is a set of classes that reach each other, a cycle a reader cannot cut.
 */
final class Cycles {
  private final Map<String, Set<String>> arrows;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new HashSet<>();
  private final List<Set<String>> found = new ArrayList<>();

  private Cycles(Map<String, Set<String>> arrows) {
    this.arrows = arrows;
  }

  static List<Set<String>> of(Map<String, Set<String>> arrows) {
    Cycles cycles = new Cycles(arrows);
    for (String node : arrows.keySet()) {
      if (!cycles.index.containsKey(node)) {
        cycles.visit(node);
      }
    }
    return cycles.found;
  }

  private void visit(String node) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : arrows.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        visit(next);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }
}

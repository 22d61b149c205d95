package io.github.deepcopygen.benchmarks.graph;

import java.util.List;

/**
 * The graph benchmarks' inputs, the same on every call: a document of 111 nodes (ten sections of
 * ten paragraphs under a root) whose every node points at its parent and at one of six shared
 * styles, with a bookmark on each section; and a tree of 156 items (five children each, three
 * levels deep) built once as {@link TreeItem} and once as {@link GraphItem}.
 */
public final class GraphFixtures {
  private GraphFixtures() {}

  public static Document document() {
    Document document = new Document();
    document.title = "Quarterly report";
    Style base = style("base", "Serif", 11, null);
    document.styles.addAll(
        List.of(
            base,
            style("title", "Sans", 24, base),
            style("heading", "Sans", 16, base),
            style("body", "Serif", 11, base),
            style("quote", "Serif", 10, base),
            style("code", "Mono", 10, base)));
    document.root = node(null, "Quarterly report", 0, document.styles.get(1));
    for (int s = 0; s < 10; s++) {
      Node section = node(document.root, "Section " + s, 1, document.styles.get(2));
      document.bookmarks.put("section-" + s, section);
      for (int p = 0; p < 10; p++) {
        node(section, "Paragraph " + s + "." + p, 2, document.styles.get(3 + p % 3));
      }
    }
    return document;
  }

  private static Style style(String name, String font, int size, Style basedOn) {
    Style style = new Style();
    style.name = name;
    style.font = font;
    style.size = size;
    style.basedOn = basedOn;
    return style;
  }

  private static Node node(Node parent, String text, int level, Style style) {
    Node node = new Node();
    node.text = text;
    node.level = level;
    node.style = style;
    node.parent = parent;
    if (parent != null) {
      parent.children.add(node);
    }
    return node;
  }

  public static TreeItem treeItems() {
    return treeItem("root", 0);
  }

  private static TreeItem treeItem(String name, int depth) {
    TreeItem item = new TreeItem();
    item.name = name;
    item.size = name.length() * 1024L;
    item.labels.put("owner", "team-" + depth);
    item.labels.put("tier", depth == 0 ? "root" : "leaf");
    if (depth < 3) {
      for (int i = 0; i < 5; i++) {
        item.children.add(treeItem(name + "/" + i, depth + 1));
      }
    }
    return item;
  }

  public static GraphItem graphItems() {
    return graphItem("root", 0);
  }

  private static GraphItem graphItem(String name, int depth) {
    GraphItem item = new GraphItem();
    item.name = name;
    item.size = name.length() * 1024L;
    item.labels.put("owner", "team-" + depth);
    item.labels.put("tier", depth == 0 ? "root" : "leaf");
    if (depth < 3) {
      for (int i = 0; i < 5; i++) {
        item.children.add(graphItem(name + "/" + i, depth + 1));
      }
    }
    return item;
  }
}

package io.github.deepcopygen.examples.graph;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An editor with undo: before each change it keeps a graph copy of the document, so that going back
 * restores the document as it was, parent links, shared styles and bookmarks included.
 */
public final class Editor {
  private Document document;
  private final Deque<Document> history = new ArrayDeque<>();

  public Editor(Document document) {
    this.document = document;
  }

  public Document document() {
    return document;
  }

  /** Call before changing the document: remembers it as it is now. */
  public void checkpoint() {
    Document snapshot = DocumentDeepCopy.deepCopyGraph(document);
    history.push(snapshot);
  }

  /** Goes back to the last checkpoint; false if there is none. */
  public boolean undo() {
    if (history.isEmpty()) {
      return false;
    }
    document = history.pop();
    return true;
  }
}

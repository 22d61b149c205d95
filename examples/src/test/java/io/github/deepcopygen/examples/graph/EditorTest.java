package io.github.deepcopygen.examples.graph;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.testing.GraphChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The graph example: undo snapshots keep a document's parent links, shared styles and bookmarks.
 */
class EditorTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {Document.class, Node.class, Style.class})
  void graphCopiesKeepSharingAndCycles(Class<?> type) throws Exception {
    GraphChecks.of(type).all();
  }

  @Test
  void undoRestoresTheDocumentWithItsLinks() {
    Document document = sample();
    Editor editor = new Editor(document);

    editor.checkpoint();
    Node intro = document.root.children.get(0);
    intro.text = "Changed";
    document.styles.get(0).size = 40;
    document.root.add(new Node()).text = "Added";
    assertThat(editor.undo()).isTrue();

    Document restored = editor.document();
    assertThat(restored).isNotSameInstanceAs(document);
    assertThat(restored.root.children).hasSize(2);
    Node first = restored.root.children.get(0);
    Node second = restored.root.children.get(1);
    assertThat(first.text).isEqualTo("Introduction");
    assertThat(first.parent).isSameInstanceAs(restored.root);
    assertThat(second.parent).isSameInstanceAs(restored.root);
    // One style object in the copy for the one the nodes and the palette shared, not one per
    // holder.
    assertThat(first.style).isSameInstanceAs(restored.styles.get(0));
    assertThat(second.style).isSameInstanceAs(first.style);
    assertThat(first.style.size).isEqualTo(12);
    assertThat(restored.styles.get(1).basedOn).isSameInstanceAs(first.style);
    assertThat(restored.bookmarks.get("intro")).isSameInstanceAs(first);
    assertThat(editor.undo()).isFalse();
  }

  /** The tree copy of the same document runs round its first parent link. */
  @Test
  void aTreeCopyCannotCopyTheDocument() {
    Document document = sample();
    assertThrows(StackOverflowError.class, () -> DocumentDeepCopy.deepCopy(document));
  }

  private static Document sample() {
    Document document = new Document();
    document.title = "Report";
    Style body = new Style();
    body.name = "body";
    body.font = "Serif";
    body.size = 12;
    Style quote = new Style();
    quote.name = "quote";
    quote.basedOn = body;
    document.styles.add(body);
    document.styles.add(quote);
    document.root.style = body;
    Node intro = document.root.add(new Node());
    intro.text = "Introduction";
    intro.style = body;
    Node summary = document.root.add(new Node());
    summary.text = "Summary";
    summary.style = body;
    document.bookmarks.put("intro", intro);
    return document;
  }
}

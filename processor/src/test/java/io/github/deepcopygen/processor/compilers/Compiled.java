package io.github.deepcopygen.processor.compilers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;

/**
 * What one compile produced: whether it succeeded, every diagnostic, and the source files the
 * processors wrote (by path under the generated-sources folder, e.g. {@code p/FooDeepCopy.java}).
 */
public record Compiled(
    TestCompiler compiler,
    boolean success,
    List<Report> diagnostics,
    Map<String, String> generated,
    Path classes) {

  /** One diagnostic, reduced to what both compilers report alike. */
  public record Report(Diagnostic.Kind kind, String file, long line, String message) {
    @Override
    public String toString() {
      return kind + " " + file + ":" + line + ": " + message;
    }
  }

  public List<Report> errors() {
    return ofKind(Diagnostic.Kind.ERROR);
  }

  public List<Report> warnings() {
    return diagnostics.stream()
        .filter(
            d ->
                d.kind() == Diagnostic.Kind.WARNING
                    || d.kind() == Diagnostic.Kind.MANDATORY_WARNING)
        .toList();
  }

  /** Our own diagnostics of a kind: those whose text starts with a message id. */
  public List<Report> ours(Diagnostic.Kind kind) {
    return ofKind(kind).stream().filter(d -> d.message().startsWith("[DeepCopy")).toList();
  }

  private List<Report> ofKind(Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.kind() == kind).toList();
  }

  /** Generated sources by simple file name, e.g. {@code FooDeepCopy.java}. */
  public Map<String, String> generatedByFileName() {
    Map<String, String> byName = new TreeMap<>();
    generated.forEach((path, text) -> byName.put(path.substring(path.lastIndexOf('/') + 1), text));
    return byName;
  }

  /** Removes what this compile wrote to disk; its generated sources stay readable here. */
  public void deleteOutput() {
    OutputFolders.deleteNow(classes.getParent());
  }

  @Override
  public String toString() {
    return compiler + (success ? " succeeded" : " failed") + ", diagnostics: " + diagnostics;
  }
}

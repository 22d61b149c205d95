package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * The errors and warnings a negative test's sources announce, one per {@code // error: [Id]
 * fragment} or {@code // warning: [Id] fragment} comment: a diagnostic of that kind with that id,
 * whose text contains the fragment, on that line of that file. One line may announce several, each
 * in a comment of its own.
 */
public record ExpectedErrors(List<Expected> errors) {
  private static final Pattern MARKER =
      Pattern.compile(
          "// (error|warning): \\[(DeepCopy\\w+)] (.+?)(?=\\s*// (?:error|warning): |$)");

  /** {@code inRecord}: announced on a record's line, where ECJ places nothing. */
  public record Expected(
      Diagnostic.Kind kind, String file, long line, String id, String fragment, boolean inRecord) {}

  public static ExpectedErrors in(List<Path> sources) {
    List<Expected> errors = new ArrayList<>();
    for (Path source : sources) {
      String[] lines = TestResources.read(source).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = MARKER.matcher(lines[i]);
        while (m.find()) {
          Diagnostic.Kind kind =
              m.group(1).equals("error") ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
          errors.add(
              new Expected(
                  kind,
                  source.getFileName().toString(),
                  i + 1,
                  m.group(2),
                  m.group(3).trim(),
                  lines[i].matches(".*\\brecord \\w+.*")));
        }
      }
    }
    return new ExpectedErrors(errors);
  }

  /** Whether any error is announced: then the compile must fail, and otherwise succeed. */
  public boolean announcesErrors() {
    return errors.stream().anyMatch(e -> e.kind() == Diagnostic.Kind.ERROR);
  }

  /**
   * Asserts that {@code compiled} failed with exactly these errors of ours, or succeeded if none is
   * announced, and gave exactly these warnings of ours: as many of each, each with its id,
   * containing its fragment, on its line. ECJ (3.46) gives a message on a package element no source
   * position, so there an error on package-info.java arrives without file and line; nor does it
   * place any element of a record, so an error announced on a record's line comes on an enclosing
   * class's earlier line, or, for a top-level record, without file and line.
   */
  public void assertReportedBy(Compiled compiled, String context) {
    assertWithMessage("nothing announced; %s", context).that(errors).isNotEmpty();
    assertWithMessage("%s\n%s", compiled, context)
        .that(compiled.success())
        .isEqualTo(!announcesErrors());
    for (Diagnostic.Kind kind : List.of(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)) {
      List<Expected> expected = errors.stream().filter(e -> e.kind() == kind).toList();
      List<Compiled.Report> actual = compiled.ours(kind);
      assertWithMessage("%s: %s\n%s", kind, compiled, context)
          .that(actual)
          .hasSize(expected.size());
      for (Expected error : expected) {
        boolean found =
            actual.stream()
                .anyMatch(
                    d ->
                        isAt(d, error, compiled)
                            && d.message().startsWith("[" + error.id() + "] ")
                            && d.message().contains(error.fragment()));
        assertWithMessage(
                "expected %s %s on %s:%s containing '%s'; %s\n%s",
                kind, error.id(), error.file(), error.line(), error.fragment(), compiled, context)
            .that(found)
            .isTrue();
      }
    }
  }

  private static boolean isAt(Compiled.Report report, Expected error, Compiled compiled) {
    if (compiled.compiler() == TestCompiler.ECJ && error.file().equals("package-info.java")) {
      return report.file().isEmpty();
    }
    if (compiled.compiler() == TestCompiler.ECJ && error.inRecord()) {
      return report.file().isEmpty()
          || report.file().equals(error.file()) && report.line() < error.line();
    }
    return report.file().equals(error.file()) && report.line() == error.line();
  }
}

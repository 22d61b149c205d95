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
 * The errors a negative test's sources announce, one per {@code // error: [Id] fragment} comment: an
 * error with that id, whose text contains the fragment, on that line of that file. One line may announce
 * several, each in a comment of its own.
 */
public record ExpectedErrors(List<Expected> errors) {
  private static final Pattern MARKER = Pattern.compile("// error: \\[(DeepCopy\\w+)] (.+?)(?=\\s*// error: |$)");

  /** {@code inRecord}: announced on a record's line, where ECJ places nothing. */
  public record Expected(String file, long line, String id, String fragment, boolean inRecord) {}

  public static ExpectedErrors in(List<Path> sources) {
    List<Expected> errors = new ArrayList<>();
    for (Path source : sources) {
      String[] lines = TestResources.read(source).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = MARKER.matcher(lines[i]);
        while (m.find()) {
          errors.add(new Expected(source.getFileName().toString(), i + 1, m.group(1), m.group(2).trim(),
              lines[i].matches(".*\\brecord \\w+.*")));
        }
      }
    }
    return new ExpectedErrors(errors);
  }

  /**
   * Asserts that {@code compiled} failed with exactly these errors of ours: as many, each with its id,
   * containing its fragment, on its line. ECJ (3.46) gives a message on a package element no source
   * position, so there an error on package-info.java arrives without file and line; nor does it place
   * any element of a record, so an error announced on a record's line comes on an enclosing class's
   * earlier line, or, for a top-level record, without file and line.
   */
  public void assertReportedBy(Compiled compiled, String context) {
    assertWithMessage("no error announced; %s", context).that(errors).isNotEmpty();
    assertWithMessage("%s\n%s", compiled, context).that(compiled.success()).isFalse();
    List<Compiled.Report> actual = compiled.ours(Diagnostic.Kind.ERROR);
    assertWithMessage("errors: %s\n%s", compiled, context).that(actual).hasSize(errors.size());
    for (Expected error : errors) {
      boolean found = actual.stream().anyMatch(d -> isAt(d, error, compiled)
          && d.message().startsWith("[" + error.id() + "] ")
          && d.message().contains(error.fragment()));
      assertWithMessage("expected %s on %s:%s containing '%s'; %s\n%s",
              error.id(), error.file(), error.line(), error.fragment(), compiled, context)
          .that(found)
          .isTrue();
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

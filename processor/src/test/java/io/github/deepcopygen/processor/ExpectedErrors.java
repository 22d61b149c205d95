package io.github.deepcopygen.processor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
}

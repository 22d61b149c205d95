package io.github.deepcopygen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors a negative test input announces, one per {@code // error: [Id] fragment} comment: an error
 * with that id, whose text contains the fragment, on that line.
 */
record ExpectedErrors(List<Expected> errors) {
  private static final Pattern MARKER = Pattern.compile("// error: \\[(DeepCopy\\w+)] (.+)$");

  record Expected(long line, String id, String fragment) {}

  static ExpectedErrors in(String source) {
    List<Expected> errors = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find()) {
        errors.add(new Expected(i + 1, m.group(1), m.group(2).trim()));
      }
    }
    return new ExpectedErrors(errors);
  }
}

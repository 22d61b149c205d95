package io.github.deepcopygen.processor.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.deepcopygen.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's copy rules and error tables are the documentation users read: they must match the
 * code.
 */
class ReadmeRulesTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of(System.getProperty("deepcopy.readme")), StandardCharsets.UTF_8);
  }

  private static String section(String text, String heading) {
    int start = text.indexOf("## " + heading);
    assertWithMessage("README section %s", heading).that(start).isAtLeast(0);
    int end = text.indexOf("\n## ", start + 1);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  @Test
  void theRulesTableHasEveryRuleOnceInOrder() throws IOException {
    List<Integer> numbers = new ArrayList<>();
    Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(section(readme(), "Copy rules"));
    while (row.find()) {
      numbers.add(Integer.parseInt(row.group(1)));
    }
    assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14).inOrder();
  }

  @Test
  void rule7NamesEveryCollectionTypeTheProcessorCopies() throws IOException {
    String rules = section(readme(), "Copy rules");
    for (String name : CollectionRules.knownSimpleNames()) {
      assertWithMessage("README rule 7 lists %s", name).that(rules).contains("`" + name + "`");
    }
  }

  @Test
  void theErrorTableListsExactlyTheMessageIds() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher row =
        Pattern.compile("(?m)^\\| `(DeepCopy\\w+)` \\|")
            .matcher(section(readme(), "What a compile error looks like"));
    while (row.find()) {
      documented.add(row.group(1));
    }
    assertThat(documented)
        .containsExactlyElementsIn(Arrays.stream(Message.values()).map(Message::id).toList());
  }
}

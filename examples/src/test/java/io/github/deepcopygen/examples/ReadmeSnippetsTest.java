package io.github.deepcopygen.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's snippets that an outside project under {@code examples/src/it} builds
 * (maven-invoker-plugin, in {@code ./mvnw verify}) are that project's files, character for
 * character: a snippet marked {@code <!-- readme-snippet: path -->} cannot drift from what the
 * build proves works.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- readme-snippet: (\\S+) -->\\n```\\w+\\n(.*?)```", Pattern.DOTALL);

  /**
   * A snippet that is part of a file: its lines, indentation aside, come in the file in this order.
   */
  private static final Pattern PART =
      Pattern.compile(
          "<!-- readme-snippet-in: (\\S+) -->\\n\\s*```\\w+\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyMarkedSnippetIsTheFileItNames() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher snippet = SNIPPET.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (snippet.find()) {
      Path file = ROOT.resolve(snippet.group(1));
      assertWithMessage("README snippet for %s", file)
          .that(snippet.group(2))
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
      checked.add(snippet.group(1));
    }
    assertThat(checked).contains("examples/src/it/readme-snippet/pom.xml");
  }

  @Test
  void everyMarkedPartIsInTheFileItNames() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher part = PART.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (part.find()) {
      List<String> file =
          Files.readAllLines(ROOT.resolve(part.group(1)), StandardCharsets.UTF_8).stream()
              .map(String::trim)
              .toList();
      int at = 0;
      for (String line : part.group(2).split("\n")) {
        String wanted = line.trim();
        if (wanted.isEmpty()) {
          continue;
        }
        int found = file.subList(at, file.size()).indexOf(wanted);
        assertWithMessage("README line '%s' in %s, after line %s", wanted, part.group(1), at)
            .that(found)
            .isAtLeast(0);
        at += found + 1;
      }
      checked.add(part.group(1));
    }
    assertThat(checked)
        .containsAtLeast(
            "examples/src/it/josdk-cloner/pom.xml",
            "examples/src/it/josdk-cloner/src/main/java/com/example/BackupOperator.java",
            "examples/src/main/java/io/github/deepcopygen/examples/graph/Node.java",
            "examples/src/main/java/io/github/deepcopygen/examples/graph/Editor.java");
  }

  /** The first README command ends with the demo's output, not with another module's build log. */
  @Test
  void theDemoModuleIsBuiltLast() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String modules = pom.substring(pom.indexOf("<modules>"), pom.indexOf("</modules>"));
    List<String> names = new ArrayList<>();
    Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(modules);
    while (module.find()) {
      names.add(module.group(1));
    }
    assertThat(names).isNotEmpty();
    assertThat(names.get(names.size() - 1)).isEqualTo("examples");
  }
}

package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated sources with the checked-in files under {@code expected/}, as exact text. Run
 * the tests with {@code -Ddeepcopy.updateGolden=true} to rewrite them, then read the diff before
 * committing.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  public static boolean updating() {
    return Boolean.getBoolean("deepcopy.updateGolden");
  }

  public static void assertMatches(String relativePath, String actual) {
    Path golden = TestResources.path(relativePath);
    if (updating()) {
      try {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    if (!Files.exists(golden)) {
      fail(
          "No golden file for this output. Create "
              + golden
              + " (run ./mvnw -pl processor test -Ddeepcopy.updateGolden=true, then review it).\n"
              + "Generated:\n"
              + actual);
    }
    assertWithMessage("generated source differs from %s", golden)
        .that(actual)
        .isEqualTo(TestResources.read(golden));
  }
}

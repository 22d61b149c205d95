package io.github.deepcopygen.processor.compilers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one temporary folder under which every test compile writes its output, removed when the test
 * JVM ends: a compile's classes must outlive it (tests load them), and thousands of random shapes
 * must not leave thousands of folders behind.
 */
final class OutputFolders {
  private static Path root;

  private OutputFolders() {}

  static synchronized Path root() throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("deepcopy-tests");
      Path created = root;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
    }
    return root;
  }

  /**
   * Removes one compile's output now: a run of thousands of random shapes must not leave the
   * removal of all of them to the JVM's exit, which Surefire cuts short after 30 seconds.
   */
  static void deleteNow(Path folder) {
    delete(folder);
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

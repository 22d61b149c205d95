package io.github.deepcopygen.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes N {@code @DeepCopy} classes shaped like an operator's API types: strings, boxed and primitive
 * numbers, an enum, lists and maps of strings, a list and a map of the previous type, a nested
 * reference, an Instant, with getters and setters, in packages of 50 classes.
 */
final class SyntheticTypes {
  private SyntheticTypes() {}

  /** The source files of {@code count} classes under {@code root}. */
  static List<Path> write(Path root, int count) {
    List<Path> files = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        String pkg = "synthetic.p" + (i / 50);
        Path dir = root.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        if (i % 50 == 0) {
          Path phase = dir.resolve("Phase.java");
          Files.writeString(phase, "package " + pkg + ";\n\npublic enum Phase { PENDING, READY, FAILED }\n");
          files.add(phase);
        }
        Path file = dir.resolve("Type" + i + ".java");
        Files.writeString(file, source(pkg, i));
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String source(String pkg, int i) {
    // Each type refers to the one before it in its package, so copiers call copiers.
    String previous = i % 50 == 0 ? null : "Type" + (i - 1);
    StringBuilder fields = new StringBuilder();
    List<String[]> properties = new ArrayList<>();
    properties.add(new String[] {"String", "name"});
    properties.add(new String[] {"String", "namespace"});
    properties.add(new String[] {"Integer", "replicas"});
    properties.add(new String[] {"int", "port"});
    properties.add(new String[] {"long", "generation"});
    properties.add(new String[] {"boolean", "enabled"});
    properties.add(new String[] {"Phase", "phase"});
    properties.add(new String[] {"java.time.Instant", "lastTransition"});
    properties.add(new String[] {"java.util.List<String>", "args"});
    properties.add(new String[] {"java.util.Map<String, String>", "labels"});
    properties.add(new String[] {"java.util.Map<String, java.util.List<String>>", "filters"});
    if (previous != null) {
      properties.add(new String[] {previous, "parent"});
      properties.add(new String[] {"java.util.List<" + previous + ">", "children"});
      properties.add(new String[] {"java.util.Map<String, " + previous + ">", "byName"});
    }
    StringBuilder accessors = new StringBuilder();
    for (String[] property : properties) {
      String type = property[0];
      String name = property[1];
      String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      fields.append("  private ").append(type).append(' ').append(name).append(";\n");
      accessors.append("\n  public ").append(type).append(type.equals("boolean") ? " is" : " get")
          .append(capitalized).append("() {\n    return ").append(name).append(";\n  }\n");
      accessors.append("\n  public void set").append(capitalized).append('(').append(type).append(' ')
          .append(name).append(") {\n    this.").append(name).append(" = ").append(name).append(";\n  }\n");
    }
    return "package " + pkg + ";\n\n"
        + "import io.github.deepcopygen.DeepCopy;\n\n"
        + "/** Synthetic type " + i + ". */\n"
        + "@DeepCopy\n"
        + "public class Type" + i + " {\n"
        + fields
        + accessors
        + "}\n";
  }
}

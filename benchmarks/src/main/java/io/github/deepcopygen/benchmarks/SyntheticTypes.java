package io.github.deepcopygen.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes N types shaped like an operator's API types: strings, boxed and primitive numbers, an
 * enum, lists and maps of strings, a list and a map of the previous type, a nested reference, an
 * Instant, in packages of 50. For deepcopy-gen, {@code @DeepCopy} classes with getters and setters;
 * for AutoValue, {@code @AutoValue} abstract classes with the same getters; for Immutables,
 * {@code @Value.Immutable} interfaces with the same getters. No type refers to what its processor
 * writes (an AutoValue factory calling {@code new AutoValue_Type1(…)} would not compile with {@code
 * -proc:none}).
 */
final class SyntheticTypes {
  private SyntheticTypes() {}

  /** The source files of {@code count} types for {@code peer} under {@code root}. */
  static List<Path> write(Path root, int count, Peer peer) {
    List<Path> files = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        String pkg = "synthetic.p" + (i / 50);
        Path dir = root.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        if (i % 50 == 0) {
          Path phase = dir.resolve("Phase.java");
          Files.writeString(
              phase, "package " + pkg + ";\n\npublic enum Phase { PENDING, READY, FAILED }\n");
          files.add(phase);
        }
        Path file = dir.resolve("Type" + i + ".java");
        Files.writeString(file, source(pkg, i, peer));
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String source(String pkg, int i, Peer peer) {
    // Each type refers to the one before it in its package, so copiers call copiers.
    String previous = i % 50 == 0 ? null : "Type" + (i - 1);
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
    String header = "package " + pkg + ";\n\n/** Synthetic type " + i + ". */\n";
    switch (peer) {
      case DEEPCOPY:
        return header
            + "@io.github.deepcopygen.DeepCopy\npublic class Type"
            + i
            + " {\n"
            + bean(properties)
            + "}\n";
      case AUTOVALUE:
        return header
            + "@com.google.auto.value.AutoValue\npublic abstract class Type"
            + i
            + " {\n"
            + abstractGetters(properties, "  public abstract ")
            + "}\n";
      default:
        return header
            + "@org.immutables.value.Value.Immutable\npublic interface Type"
            + i
            + " {\n"
            + abstractGetters(properties, "  ")
            + "}\n";
    }
  }

  private static String bean(List<String[]> properties) {
    StringBuilder fields = new StringBuilder();
    StringBuilder accessors = new StringBuilder();
    for (String[] property : properties) {
      String type = property[0];
      String name = property[1];
      fields.append("  private ").append(type).append(' ').append(name).append(";\n");
      accessors
          .append("\n  public ")
          .append(type)
          .append(' ')
          .append(getter(property))
          .append("() {\n    return ")
          .append(name)
          .append(";\n  }\n");
      accessors
          .append("\n  public void set")
          .append(capitalized(name))
          .append('(')
          .append(type)
          .append(' ')
          .append(name)
          .append(") {\n    this.")
          .append(name)
          .append(" = ")
          .append(name)
          .append(";\n  }\n");
    }
    return fields.toString() + accessors;
  }

  private static String abstractGetters(List<String[]> properties, String modifiers) {
    StringBuilder getters = new StringBuilder();
    for (String[] property : properties) {
      getters
          .append(modifiers)
          .append(property[0])
          .append(' ')
          .append(getter(property))
          .append("();\n");
    }
    return getters.toString();
  }

  private static String getter(String[] property) {
    return (property[0].equals("boolean") ? "is" : "get") + capitalized(property[1]);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

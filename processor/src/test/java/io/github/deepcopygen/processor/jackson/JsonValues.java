package io.github.deepcopygen.processor.jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Random JSON text: scalars of a Java type, lists, objects and free trees. */
final class JsonValues {
  private JsonValues() {}

  static String scalar(String type, Random r) {
    return switch (type) {
      case "String" -> string(r);
      case "Integer" -> Integer.toString(r.nextInt(1000) - 500);
      case "Long" -> Long.toString(r.nextLong() >> r.nextInt(64));
      case "Double" -> Double.toString(r.nextInt(1000) / 8.0);
      case "Boolean" -> Boolean.toString(r.nextBoolean());
      default -> throw new IllegalArgumentException(type);
    };
  }

  static String string(Random r) {
    return "\"s" + r.nextInt(1000) + "\"";
  }

  static String list(Random r, Supplier<String> element) {
    List<String> out = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      out.add(element.get());
    }
    return "[" + String.join(", ", out) + "]";
  }

  static String map(Random r, Supplier<String> value) {
    List<String> out = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      out.add("\"k" + i + "\": " + value.get());
    }
    return "{" + String.join(", ", out) + "}";
  }

  /** Any JSON value, nested at most {@code depth} levels. */
  static String tree(Random r, int depth) {
    int pick = r.nextInt(depth > 0 ? 8 : 6);
    return switch (pick) {
      case 0 -> "null";
      case 1 -> string(r);
      case 2 -> Integer.toString(r.nextInt(100));
      case 3 -> Double.toString(r.nextInt(100) / 4.0);
      case 4 -> Boolean.toString(r.nextBoolean());
      case 5 -> "12345678901234567890";
      case 6 -> list(r, () -> tree(r, depth - 1));
      default -> map(r, () -> tree(r, depth - 1));
    };
  }
}

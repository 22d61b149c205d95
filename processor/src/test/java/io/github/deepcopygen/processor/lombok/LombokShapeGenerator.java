package io.github.deepcopygen.processor.lombok;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one random compilation unit of Lombok model classes from a seed: a {@code @DeepCopy @Data}
 * class {@code lombokshapes.Root} whose fields reach nested classes in every Lombok style the
 * processor claims (the README's Lombok section): {@code @Data} with and without chained setters,
 * {@code @Getter}/{@code @Setter} with fluent accessors, {@code @Builder} with both constructors,
 * {@code @Value} with or without {@code @DeepCopy}, {@code @With} or {@code @NonFinal},
 * {@code @FieldDefaults} with {@code @AllArgsConstructor}, and {@code @Accessors(prefix)}; field
 * types are collections, maps, arrays, optionals, records and those classes, up to three levels
 * deep (a set's elements are immutable: a mutable element's hash would change under the checks'
 * mutations). In about one shape in three every {@code @DeepCopy} is {@code graph = true} (issue
 * 18), drawn apart from the shape's own numbers, so that a seed's classes are the same either way.
 */
final class LombokShapeGenerator {
  /** One generated unit: its source, and whether its types are graph types. */
  record Shape(String source, boolean graph) {}

  /** A type as the source spells it. */
  private record Type(String java) {}

  private static final int MAX_DEPTH = 3;

  private final Random random;

  /** The annotation of every copied class of the shape. */
  private final String deepCopy;

  private final List<String> declarations = new ArrayList<>();
  private int names;

  private LombokShapeGenerator(long seed, boolean graph) {
    this.random = new Random(seed);
    this.deepCopy = graph ? "@DeepCopy(graph = true)" : "@DeepCopy";
  }

  /** The unit {@code lombokshapes/Root.java} for {@code seed}. */
  static Shape generate(long seed) {
    boolean graph = new Random(~seed).nextInt(3) == 0;
    return new Shape(new LombokShapeGenerator(seed, graph).unit(seed), graph);
  }

  private String unit(long seed) {
    List<String> fields = new ArrayList<>();
    fields.add("    private List<String> names;");
    int count = 2 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      fields.add("    private " + type(1).java() + " f" + i + ";");
    }
    StringBuilder source = new StringBuilder();
    source
        .append("package lombokshapes;\n\n")
        .append("import io.github.deepcopygen.DeepCopy;\n")
        .append("import java.util.*;\n")
        .append("import lombok.*;\n")
        .append("import lombok.experimental.*;\n\n")
        .append("/** Random Lombok shape ")
        .append(seed)
        .append(". */\n")
        .append(deepCopy)
        .append("\n@Data\npublic class Root {\n");
    for (String declaration : declarations) {
      source.append(declaration).append('\n');
    }
    fields.forEach(line -> source.append(line).append('\n'));
    return source.append("}\n").toString();
  }

  private Type type(int depth) {
    if (depth >= MAX_DEPTH) {
      return leaf();
    }
    switch (random.nextInt(9)) {
      case 0:
        return leaf();
      case 1:
        return random.nextBoolean()
            ? new Type(pick("List", "ArrayList") + "<" + boxed(type(depth + 1)) + ">")
            : new Type(pick("Set", "LinkedHashSet") + "<" + boxed(leaf()) + ">");
      case 2:
        return new Type(
            pick("Map", "LinkedHashMap", "TreeMap") + "<String, " + boxed(type(depth + 1)) + ">");
      case 3:
        return new Type(pick("int[]", "String[]", lombokClass(depth + 1).java() + "[]"));
      case 4:
        return new Type("Optional<" + boxed(type(depth + 1)) + ">");
      case 5:
        return record(depth + 1);
      default:
        return lombokClass(depth + 1);
    }
  }

  private Type leaf() {
    return new Type(
        pick(
            "String",
            "int",
            "Integer",
            "long",
            "boolean",
            "Boolean",
            "java.time.Instant",
            "java.math.BigDecimal",
            "UUID",
            "double"));
  }

  private Type record(int depth) {
    String name = "R" + names++;
    declarations.add(
        "    public record " + name + "(" + type(depth).java() + " a, List<String> b) {}\n");
    return new Type(name);
  }

  /** A nested class in one of the Lombok styles, with one to three fields. */
  private Type lombokClass(int depth) {
    String name = "L" + names++;
    int style = random.nextInt(8);
    List<String> annotations = new ArrayList<>();
    String modifiers = "public static ";
    String fieldModifiers = "private ";
    String prefix = "";
    switch (style) {
      case 0:
        annotations.add(deepCopy);
        annotations.add("@Data");
        if (random.nextBoolean()) {
          annotations.add("@Accessors(chain = true)");
        }
        break;
      case 1:
        annotations.add(deepCopy);
        annotations.add("@Getter");
        annotations.add("@Setter");
        if (random.nextBoolean()) {
          annotations.add("@Accessors(fluent = true)");
        }
        break;
      case 2:
        annotations.addAll(
            List.of(deepCopy, "@Data", "@Builder", "@NoArgsConstructor", "@AllArgsConstructor"));
        break;
      case 3:
        annotations.add(deepCopy);
        annotations.add("@Value");
        annotations.add(pick("@With", "@Builder", "@ToString"));
        fieldModifiers = "";
        break;
      case 4:
        // Not @DeepCopy: copy rule 10 inline, through Lombok's constructor and getters.
        annotations.add("@Value");
        if (random.nextInt(3) == 0) {
          annotations.add("@NonFinal");
        }
        fieldModifiers = "";
        break;
      case 5:
        annotations.addAll(
            List.of(
                deepCopy,
                "@Getter",
                "@AllArgsConstructor",
                "@FieldDefaults(makeFinal = true, level = AccessLevel.PRIVATE)"));
        modifiers = "public static final ";
        fieldModifiers = "";
        break;
      case 6:
        annotations.add(deepCopy);
        annotations.add("@Data");
        annotations.add("@Accessors(prefix = \"m\")");
        prefix = "m";
        break;
      default:
        annotations.add(deepCopy);
        annotations.add("@Data");
        annotations.add("@EqualsAndHashCode(callSuper = false)");
        break;
    }
    StringBuilder declaration = new StringBuilder();
    annotations.forEach(a -> declaration.append("    ").append(a).append('\n'));
    declaration.append("    ").append(modifiers).append("class ").append(name).append(" {\n");
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String field =
          prefix.isEmpty()
              ? fieldName(i)
              : prefix + Character.toUpperCase(fieldName(i).charAt(0)) + fieldName(i).substring(1);
      declaration
          .append("        ")
          .append(fieldModifiers)
          .append(type(depth).java())
          .append(' ')
          .append(field)
          .append(";\n");
    }
    declaration.append("    }\n");
    declarations.add(declaration.toString());
    return new Type(name);
  }

  /** Field names, one of them starting with "is" as boolean fields often do. */
  private String fieldName(int index) {
    return index == 1 ? "isOn" : "v" + index;
  }

  private static String boxed(Type type) {
    switch (type.java()) {
      case "int":
        return "Integer";
      case "long":
        return "Long";
      case "boolean":
        return "Boolean";
      case "double":
        return "Double";
      default:
        return type.java();
    }
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}

package io.github.deepcopygen.processor.shapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one random compilation unit from a seed: a {@code @DeepCopy} class {@code shapes.Root}
 * whose fields combine the copy rules of the README's table three to four levels deep, with the
 * types they need declared inside it (records plain and generic, {@code @DeepCopy} classes with and
 * without a superclass and hidden fields, generic {@code @DeepCopy} boxes, sealed interfaces,
 * immutable classes), fields read directly or through accessors, the escape hatches, and, when
 * asked, a few fields that no rule copies, each announced on its line as {@code // error: [Id]
 * fragment} for the negative checks. About one shape in three is a graph shape (issue 18): the same
 * declarations with {@code Root} and either every {@code @DeepCopy} type {@code graph = true}, or
 * each of them at random (a sealed family alike, since its records refer back to it), so that graph
 * copies meet every shape tree copies meet and hand values to tree copies on the way.
 */
final class ShapeGenerator {
  /** One generated unit: its source, and the fields it shares on purpose ({@code Owner.field}). */
  record Shape(long seed, String source, List<String> shared, int errors, boolean graph) {}

  /**
   * A type as the source spells it, and whether its values are immutable (map keys, set elements).
   */
  private record Type(String java, boolean immutable) {}

  private static final int MAX_DEPTH = 4;

  private final Random random;
  private final Mode mode;

  /**
   * Which types of a mixed shape are graph types: apart from {@link #random}, which draws the
   * shape.
   */
  private final Random graphTypes;

  private final List<String> declarations = new ArrayList<>();
  private final List<String> shared = new ArrayList<>();
  private int names;

  /** Trees only; every type a graph type; or some. */
  private enum Mode {
    TREE,
    GRAPH,
    MIXED
  }

  private ShapeGenerator(long seed, Mode mode) {
    this.random = new Random(seed);
    this.mode = mode;
    this.graphTypes = new Random(seed * 7 + 3);
  }

  /** The shape for {@code seed}; about one in five has invalid fields. */
  static Shape generate(long seed) {
    // Drawn apart from the shape's own random numbers: a seed's declarations are the same in every
    // mode.
    Random modes = new Random(~seed);
    Mode mode = modes.nextInt(3) > 0 ? Mode.TREE : modes.nextBoolean() ? Mode.GRAPH : Mode.MIXED;
    ShapeGenerator generator = new ShapeGenerator(seed, mode);
    boolean invalid = generator.random.nextInt(5) == 0;
    return generator.unit(seed, invalid, mode != Mode.TREE);
  }

  private Shape unit(long seed, boolean invalid, boolean graph) {
    List<String> root = new ArrayList<>();
    // Something mutable in every shape, so that the checks always have a leaf to change.
    root.add("    List<String> names;");
    int fields = 3 + random.nextInt(5);
    int errors = 0;
    for (int i = 0; i < fields; i++) {
      root.addAll(field("Root", "f" + i, 1));
    }
    if (invalid) {
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        root.add(invalidField("bad" + i));
        errors++;
      }
    }
    StringBuilder source = new StringBuilder();
    source.append("package shapes;\n\n");
    source.append("import io.github.deepcopygen.DeepCopy;\n");
    source.append("import java.util.*;\n\n");
    source.append("/** Random shape ").append(seed).append(". */\n");
    source
        .append(
            graph
                ? "@DeepCopy(graph = true, uses = Root.Copies.class)"
                : "@DeepCopy(uses = Root.Copies.class)")
        .append("\npublic class Root {\n");
    source.append("    public enum Color { RED, GREEN, BLUE }\n\n");
    // Rule 5: a type only a method named in uses copies.
    source.append("    public static final class Money {\n        public long cents;\n    }\n\n");
    source.append(
        "    public static final class Copies {\n"
            + "        public static Money copy(Money in) {\n"
            + "            Money out = new Money();\n            out.cents = in.cents;\n            return out;\n"
            + "        }\n    }\n\n");
    for (String declaration : declarations) {
      source.append(declaration).append('\n');
    }
    for (String line : root) {
      source.append(line).append('\n');
    }
    source.append("}\n");
    return new Shape(seed, source.toString(), List.copyOf(shared), errors, graph);
  }

  /**
   * A field of {@code owner}: package-private, or private with accessors; sometimes an escape
   * hatch.
   */
  private List<String> field(String owner, String name, int depth) {
    int hatch = random.nextInt(20);
    if (hatch == 0) {
      shared.add(owner + "." + name);
      return List.of("    @DeepCopy.Shallow List<String> " + name + ";");
    }
    if (hatch == 1) {
      return List.of("    @DeepCopy.JsonTree Map<String, Object> " + name + ";");
    }
    if (hatch == 2 && owner.equals("Root")) {
      return List.of(
          "    " + pick("Money", "List<Money>", "Map<String, Money>") + " " + name + ";");
    }
    Type type = type(depth);
    if (random.nextInt(4) > 0) {
      return List.of("    " + type.java() + " " + name + ";");
    }
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return List.of(
        "    private " + type.java() + " " + name + ";",
        "    public " + type.java() + " get" + capitalized + "() { return " + name + "; }",
        "    public void set" + capitalized + "(" + type.java() + " v) { this." + name + " = v; }");
  }

  private Type type(int depth) {
    if (depth >= MAX_DEPTH) {
      return leaf();
    }
    switch (random.nextInt(14)) {
      case 0:
      case 1:
        return leaf();
      case 2:
        {
          Type element = type(depth + 1);
          String kind = pick("List", "ArrayList", "LinkedList", "Collection", "Deque", "Queue");
          return new Type(kind + "<" + boxed(element) + ">", false);
        }
      case 3:
        {
          String kind = pick("Set", "HashSet", "SortedSet", "TreeSet", "LinkedHashSet");
          return new Type(kind + "<" + pick("String", "Integer") + ">", false);
        }
      case 4:
        {
          Type value = type(depth + 1);
          String kind =
              pick("Map", "HashMap", "LinkedHashMap", "SortedMap", "TreeMap", "NavigableMap");
          return new Type(kind + "<String, " + boxed(value) + ">", false);
        }
      case 5:
        {
          Type value = type(depth + 1);
          return new Type(pick("EnumMap", "Map") + "<Color, " + boxed(value) + ">", false);
        }
      case 6:
        {
          String component = pick("int", "String", "long", "byte");
          if (random.nextBoolean()) {
            return new Type(component + "[]", false);
          }
          Type element = declaredClass(depth + 1);
          return new Type(element.java() + (random.nextBoolean() ? "[]" : "[][]"), false);
        }
      case 7:
        return new Type("Optional<" + boxed(type(depth + 1)) + ">", false);
      case 8:
        return record(depth + 1);
      case 9:
        return genericRecord(depth + 1);
      case 10:
        return declaredClass(depth + 1);
      case 11:
        return box(depth + 1);
      case 12:
        return sealed(depth + 1);
      case 13:
        if (random.nextBoolean()) {
          return handWritten();
        }
        return new Type(pick("Date", "BitSet", "java.util.concurrent.atomic.AtomicLong"), false);
      default:
        throw new AssertionError("no such case");
    }
  }

  private Type leaf() {
    String java =
        pick(
            "String",
            "int",
            "Integer",
            "long",
            "boolean",
            "Color",
            "java.time.Duration",
            "java.math.BigDecimal",
            "UUID",
            "java.time.Instant",
            "double");
    if (random.nextInt(8) == 0) {
      return immutableClass();
    }
    return new Type(java, true);
  }

  /** A plain record, shared when its components are immutable and rebuilt otherwise. */
  private Type record(int depth) {
    String name = "R" + names++;
    boolean annotated = random.nextInt(3) == 0;
    List<String> components = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int mark = random.nextInt(12);
      if (mark == 0) {
        shared.add(name + ".c" + i);
        components.add("@DeepCopy.Shallow List<String> c" + i);
      } else if (mark == 1) {
        components.add("@DeepCopy.JsonTree Map<String, Object> c" + i);
      } else {
        components.add(type(depth).java() + " c" + i);
      }
    }
    declarations.add(
        (annotated ? "    " + annotation() + "\n" : "")
            + "    public record "
            + name
            + "("
            + String.join(", ", components)
            + ") {}\n");
    return new Type(name, false);
  }

  /**
   * {@code record Pair<A, B>(A first, B second)}, used with random type arguments, nested or not.
   */
  private Type genericRecord(int depth) {
    String name = "P" + names++;
    declarations.add("    public record " + name + "<A, B>(A first, B second, List<A> more) {}\n");
    return new Type(name + "<" + boxed(type(depth)) + ", " + boxed(type(depth)) + ">", false);
  }

  /**
   * A {@code @DeepCopy} class, sometimes extending another generated class that may hide its
   * fields.
   */
  private Type declaredClass(int depth) {
    String name = "C" + names++;
    StringBuilder declaration = new StringBuilder();
    String superclass = "";
    List<String> superFields = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      String base = "B" + names++;
      boolean annotated = random.nextBoolean();
      StringBuilder baseDeclaration = new StringBuilder();
      baseDeclaration
          .append(annotated ? "    " + annotation() + "\n" : "")
          .append("    public static class ")
          .append(base)
          .append(" {\n");
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        String field = "g" + i;
        superFields.add(field);
        for (String line : field(base, field, depth + 1)) {
          baseDeclaration.append("    ").append(line).append('\n');
        }
      }
      baseDeclaration.append("    }\n");
      declarations.add(baseDeclaration.toString());
      superclass = " extends " + base;
    }
    boolean isFinal = random.nextBoolean();
    declaration
        .append("    ")
        .append(annotation())
        .append("\n    public static ")
        .append(isFinal ? "final " : "")
        .append("class ")
        .append(name)
        .append(superclass)
        .append(" {\n");
    if (!superFields.isEmpty() && random.nextInt(3) == 0) {
      // A field of the same name as the superclass's: it hides that one, and both must be copied.
      // It has no accessors: they would override the superclass's, which must then reach its own
      // field.
      declaration
          .append("        ")
          .append(type(depth + 1).java())
          .append(' ')
          .append(superFields.get(0))
          .append(";\n");
    }
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      for (String line : field(name, "h" + i, depth + 1)) {
        declaration.append("    ").append(line).append('\n');
      }
    }
    declaration.append("    }\n");
    declarations.add(declaration.toString());
    return new Type(name, false);
  }

  /** A generic {@code @DeepCopy} class, used with a random type argument. */
  private Type box(int depth) {
    String name = "X" + names++;
    declarations.add(
        "    "
            + annotation()
            + "\n    public static final class "
            + name
            + "<T> {\n"
            + "        T value;\n        List<T> values;\n        Map<String, T> byName;\n    }\n");
    return new Type(name + "<" + boxed(type(depth)) + ">", false);
  }

  /**
   * A sealed interface with an immutable record, a {@code @DeepCopy} class and a record that refers
   * back.
   */
  private Type sealed(int depth) {
    String name = "S" + names++;
    String leafCase = name + "Leaf";
    String classCase = name + "Node";
    String backCase = name + "Back";
    declarations.add(
        "    public sealed interface "
            + name
            + " permits "
            + leafCase
            + ", "
            + classCase
            + ", "
            + backCase
            + " {}\n");
    declarations.add(
        "    public record "
            + leafCase
            + "(String label, int weight) implements "
            + name
            + " {}\n");
    String family = annotation();
    declarations.add(
        "    "
            + family
            + "\n    public static final class "
            + classCase
            + " implements "
            + name
            + " {\n"
            + "        "
            + type(depth).java()
            + " payload;\n    }\n");
    declarations.add(
        "    "
            + family
            + "\n    public record "
            + backCase
            + "("
            + name
            + " next, List<"
            + name
            + "> rest) implements "
            + name
            + " {}\n");
    return new Type(name, false);
  }

  /** How a copied type of the shape is annotated. */
  private String annotation() {
    boolean graph = mode == Mode.GRAPH || mode == Mode.MIXED && graphTypes.nextBoolean();
    return graph ? "@DeepCopy(graph = true)" : "@DeepCopy";
  }

  /** Rule 3: a class with a deepCopy() of its own, which the copiers call. */
  private Type handWritten() {
    String name = "W" + names++;
    declarations.add(
        "    public static final class "
            + name
            + " {\n"
            + "        List<String> items;\n"
            + "        public "
            + name
            + " deepCopy() {\n"
            + "            "
            + name
            + " copy = new "
            + name
            + "();\n"
            + "            copy.items = items == null ? null : new ArrayList<>(items);\n"
            + "            return copy;\n        }\n    }\n");
    return new Type(name, false);
  }

  /** A class declared {@code @DeepCopy.Immutable}: shared wherever it appears. */
  private Type immutableClass() {
    String name = "I" + names++;
    declarations.add(
        "    @DeepCopy.Immutable\n    public static final class "
            + name
            + " {\n"
            + "        final String id;\n        public "
            + name
            + "() { this.id = \"i\"; }\n    }\n");
    return new Type(name, true);
  }

  /** A field of {@code Root} that no rule copies, with the error it must get on its line. */
  private String invalidField(String name) {
    switch (random.nextInt(6)) {
      case 0:
        return "    Object " + name + "; // error: [DeepCopyUnsupportedType] Field " + name;
      case 1:
        return "    Thread "
            + name
            + "; // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread";
      case 2:
        return "    List<? extends Number> "
            + name
            + "; // error: [DeepCopyUnsupportedType] is a wildcard";
      case 3:
        return "    Map<List<String>, String> "
            + name
            + "; // error: [DeepCopyMutableMapKey] Field "
            + name;
      case 4:
        return "    Map<String, StringBuilder> "
            + name
            + "; // error: [DeepCopyUnsupportedType] cannot copy java.lang.StringBuilder";
      default:
        String record = "Bad" + names++;
        declarations.add("    public record " + record + "(String id, Thread worker) {}\n");
        return "    List<"
            + record
            + "> "
            + name
            + "; // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread";
    }
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
      case "byte":
        return "Byte";
      default:
        return type.java();
    }
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}

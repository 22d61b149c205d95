package io.github.deepcopygen.processor.jackson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random library model written for Jackson, as the models users include are: classes {@code
 * lib.C0 … Cn} whose properties come in the styles real models mix (plain and fluent setters,
 * {@code Boolean isX()} with {@code setX(boolean)}, {@code @JsonProperty} renames, getter-only
 * lists, ignored accessor pairs, any-getter maps, {@code Object} JSON trees, raw and wildcard uses
 * of a generic class, a class extending {@code LinkedHashMap}, an abstract class and an interface
 * with {@code @JsonSubTypes}), and random JSON documents of {@code C0} that Jackson reads into it.
 * A class refers only to classes after it, so documents end.
 */
final class JacksonModelGenerator {
  private static final String[] SCALARS = {"String", "Integer", "Long", "Double", "Boolean"};

  /** The model: its sources by simple class name, and a document maker for its root. */
  record Model(long seed, Map<String, String> sources, Documents documents) {}

  /** Random JSON documents of the root class. */
  interface Documents {
    String next(Random random);
  }

  private enum Kind {
    SCALAR,
    PRIMITIVE_INT,
    FLUENT,
    BOXED_IS,
    RENAMED,
    STRING_LIST,
    STRING_MAP,
    GETTER_ONLY_LIST,
    IGNORED_PAIR,
    JSON_TREE,
    REF,
    REF_LIST,
    REF_MAP,
    RAW_BOX,
    WILDCARD_BOX,
    PATHS,
    SHAPE,
    PET
  }

  private record Prop(Kind kind, String name, String jsonName, String type, int target) {}

  private final Random random;
  private final int classes;
  private final List<List<Prop>> props = new ArrayList<>();
  private final List<Boolean> any = new ArrayList<>();

  private JacksonModelGenerator(long seed) {
    this.random = new Random(seed);
    this.classes = 2 + random.nextInt(4);
  }

  static Model generate(long seed) {
    return new JacksonModelGenerator(seed).model(seed);
  }

  private Model model(long seed) {
    for (int c = 0; c < classes; c++) {
      List<Prop> own = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int p = 0; p < count; p++) {
        own.add(prop(c, p));
      }
      props.add(own);
      any.add(random.nextInt(4) == 0);
    }
    Map<String, String> sources = new LinkedHashMap<>();
    for (int c = 0; c < classes; c++) {
      sources.put("C" + c, classSource(c));
    }
    sources.put("Box", BOX);
    sources.put("Paths", PATHS);
    sources.put("Item", ITEM);
    sources.put("Shape", SHAPE);
    sources.put("Circle", CIRCLE);
    sources.put("Square", SQUARE);
    sources.put("Pet", PET);
    sources.put("Dog", DOG);
    sources.put("Cat", CAT);
    return new Model(seed, sources, r -> object(0, r, 0));
  }

  private Prop prop(int owner, int index) {
    Kind[] kinds = Kind.values();
    Kind kind = kinds[random.nextInt(kinds.length)];
    boolean refs = owner + 1 < classes;
    if (!refs && (kind == Kind.REF || kind == Kind.REF_LIST || kind == Kind.REF_MAP)) {
      kind = Kind.SCALAR;
    }
    String name = "p" + index;
    int target = refs ? owner + 1 + random.nextInt(classes - owner - 1) : -1;
    String scalar = SCALARS[random.nextInt(SCALARS.length)];
    return switch (kind) {
      case SCALAR, FLUENT -> new Prop(kind, name, name, scalar, -1);
      case PRIMITIVE_INT -> new Prop(kind, name, name, "int", -1);
      case BOXED_IS -> new Prop(kind, name, name, "Boolean", -1);
      case RENAMED -> new Prop(kind, name, "x-" + name, scalar, -1);
      case STRING_LIST, GETTER_ONLY_LIST -> new Prop(kind, name, name, "List<String>", -1);
      case STRING_MAP -> new Prop(kind, name, name, "Map<String, String>", -1);
      case IGNORED_PAIR -> new Prop(kind, name, name, "String", -1);
      case JSON_TREE -> new Prop(kind, name, name, "Object", -1);
      case REF -> new Prop(kind, name, name, "C" + target, target);
      case REF_LIST -> new Prop(kind, name, name, "List<C" + target + ">", target);
      case REF_MAP -> new Prop(kind, name, name, "Map<String, C" + target + ">", target);
      case RAW_BOX -> new Prop(kind, name, name, "Box", -1);
      case WILDCARD_BOX -> new Prop(kind, name, name, "Box<?>", -1);
      case PATHS -> new Prop(kind, name, name, "Paths", -1);
      case SHAPE -> new Prop(kind, name, name, "Shape", -1);
      case PET -> new Prop(kind, name, name, "List<Pet>", -1);
    };
  }

  private String classSource(int c) {
    StringBuilder out = new StringBuilder("package lib;\n\n");
    out.append("import com.fasterxml.jackson.annotation.*;\nimport java.util.*;\n\n");
    out.append("@SuppressWarnings(\"rawtypes\")\npublic class C").append(c).append(" {\n");
    for (Prop p : props.get(c)) {
      String init = p.kind() == Kind.GETTER_ONLY_LIST ? "final " : "";
      String value = p.kind() == Kind.GETTER_ONLY_LIST ? " = new ArrayList<>()" : "";
      String ignore = p.kind() == Kind.IGNORED_PAIR ? "@JsonIgnore " : "";
      out.append("    ").append(ignore).append("private ").append(init).append(p.type());
      out.append(' ').append(p.name()).append(value).append(";\n");
    }
    if (any.get(c)) {
      out.append("    private final Map<String, Object> extra = new LinkedHashMap<>();\n");
    }
    for (Prop p : props.get(c)) {
      accessors(out, c, p);
    }
    if (any.get(c)) {
      out.append("    @JsonAnyGetter public Map<String, Object> getExtra() { return extra; }\n");
      out.append("    @JsonAnySetter public void setExtra(String key, Object value) {")
          .append(" extra.put(key, value); }\n");
    }
    return out.append("}\n").toString();
  }

  private static void accessors(StringBuilder out, int c, Prop p) {
    String cap = Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1);
    String n = p.name();
    switch (p.kind()) {
      case FLUENT -> {
        getter(out, "", p.type(), "get" + cap, n);
        out.append("    public C").append(c).append(" set").append(cap).append('(');
        out.append(p.type()).append(" v) { this.").append(n).append(" = v; return this; }\n");
      }
      case BOXED_IS -> {
        getter(out, "", "Boolean", "is" + cap, n);
        setter(out, "", "boolean", cap, n);
      }
      case RENAMED -> {
        getter(out, "@JsonProperty(\"" + p.jsonName() + "\") ", p.type(), "get" + cap, n);
        setter(out, "", p.type(), cap, n);
      }
      case GETTER_ONLY_LIST -> getter(out, "", p.type(), "get" + cap, n);
      case IGNORED_PAIR -> {
        getter(out, "@JsonIgnore ", p.type(), "get" + cap, n);
        setter(out, "", p.type(), cap, n);
      }
      default -> {
        getter(out, "", p.type(), "get" + cap, n);
        setter(out, "", p.type(), cap, n);
      }
    }
  }

  private static void getter(StringBuilder out, String mark, String type, String name, String f) {
    out.append("    ").append(mark).append("public ").append(type).append(' ').append(name);
    out.append("() { return ").append(f).append("; }\n");
  }

  private static void setter(StringBuilder out, String mark, String type, String cap, String f) {
    out.append("    ").append(mark).append("public void set").append(cap).append('(');
    out.append(type).append(" v) { this.").append(f).append(" = v; }\n");
  }

  /** A JSON object of class {@code c}, every property present or not at random. */
  private String object(int c, Random r, int depth) {
    List<String> members = new ArrayList<>();
    for (Prop p : props.get(c)) {
      // A Boolean behind setX(boolean) is always given: deepCopyInto refuses to leave a target's
      // value where the source has null (JacksonShapesTest checks that refusal).
      if (p.kind() == Kind.IGNORED_PAIR || (p.kind() != Kind.BOXED_IS && r.nextInt(5) == 0)) {
        continue;
      }
      members.add(quote(p.jsonName()) + ": " + value(p, r, depth));
    }
    if (any.get(c)) {
      for (int i = r.nextInt(3); i > 0; i--) {
        members.add(quote("extra" + r.nextInt(1000)) + ": " + JsonValues.tree(r, 2));
      }
    }
    return "{" + String.join(", ", members) + "}";
  }

  private String value(Prop p, Random r, int depth) {
    return switch (p.kind()) {
      case SCALAR, FLUENT, RENAMED -> JsonValues.scalar(p.type(), r);
      case PRIMITIVE_INT -> Integer.toString(r.nextInt(100));
      case BOXED_IS -> Boolean.toString(r.nextBoolean());
      case STRING_LIST, GETTER_ONLY_LIST -> JsonValues.list(r, () -> JsonValues.string(r));
      case STRING_MAP -> JsonValues.map(r, () -> JsonValues.string(r));
      case IGNORED_PAIR -> "null";
      case JSON_TREE -> JsonValues.tree(r, 3);
      case REF -> object(p.target(), r, depth + 1);
      case REF_LIST -> JsonValues.list(r, () -> object(p.target(), r, depth + 1));
      case REF_MAP -> JsonValues.map(r, () -> object(p.target(), r, depth + 1));
      case RAW_BOX, WILDCARD_BOX -> "{\"value\": " + JsonValues.tree(r, 2) + "}";
      case PATHS -> JsonValues.map(r, () -> "{\"summary\": " + JsonValues.string(r) + "}");
      case SHAPE ->
          r.nextBoolean()
              ? "{\"kind\": \"circle\", \"radius\": " + r.nextInt(9) + "}"
              : "{\"kind\": \"square\", \"corners\": " + JsonValues.list(r, () -> "1") + "}";
      case PET ->
          JsonValues.list(
              r,
              () ->
                  r.nextBoolean()
                      ? "{\"type\": \"dog\", \"name\": " + JsonValues.string(r) + "}"
                      : "{\"type\": \"cat\", \"lives\": " + r.nextInt(9) + "}");
    };
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static final String BOX =
      """
      package lib;

      public class Box<T> {
          private T value;
          public T getValue() { return value; }
          public void setValue(T value) { this.value = value; }
      }
      """;

  private static final String PATHS =
      """
      package lib;

      import java.util.LinkedHashMap;
      import java.util.Map;

      public class Paths extends LinkedHashMap<String, Item> {
          private static final long serialVersionUID = 1L;
          private Map<String, Object> extensions;
          public Map<String, Object> getExtensions() { return extensions; }
          public void setExtensions(Map<String, Object> extensions) { this.extensions = extensions; }
      }
      """;

  private static final String ITEM =
      """
      package lib;

      public class Item {
          private String summary;
          public String getSummary() { return summary; }
          public Item setSummary(String summary) { this.summary = summary; return this; }
      }
      """;

  private static final String SHAPE =
      """
      package lib;

      import com.fasterxml.jackson.annotation.JsonSubTypes;
      import com.fasterxml.jackson.annotation.JsonTypeInfo;

      @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
      @JsonSubTypes({
          @JsonSubTypes.Type(value = Circle.class, name = "circle"),
          @JsonSubTypes.Type(value = Square.class, name = "square")
      })
      public abstract class Shape {
      }
      """;

  private static final String CIRCLE =
      """
      package lib;

      public class Circle extends Shape {
          private int radius;
          public int getRadius() { return radius; }
          public void setRadius(int radius) { this.radius = radius; }
      }
      """;

  private static final String SQUARE =
      """
      package lib;

      import java.util.ArrayList;
      import java.util.List;

      public class Square extends Shape {
          private final List<Integer> corners = new ArrayList<>();
          public List<Integer> getCorners() { return corners; }
      }
      """;

  private static final String PET =
      """
      package lib;

      import com.fasterxml.jackson.annotation.JsonSubTypes;
      import com.fasterxml.jackson.annotation.JsonTypeInfo;

      @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
      @JsonSubTypes({
          @JsonSubTypes.Type(value = Dog.class, name = "dog"),
          @JsonSubTypes.Type(value = Cat.class, name = "cat")
      })
      public interface Pet {
      }
      """;

  private static final String DOG =
      """
      package lib;

      public class Dog implements Pet {
          private String name;
          public String getName() { return name; }
          public void setName(String name) { this.name = name; }
      }
      """;

  private static final String CAT =
      """
      package lib;

      public final class Cat implements Pet {
          private int lives;
          public int getLives() { return lives; }
          public void setLives(int lives) { this.lives = lives; }
      }
      """;
}

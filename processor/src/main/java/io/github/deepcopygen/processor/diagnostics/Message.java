package io.github.deepcopygen.processor.diagnostics;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message the processor can print. Each starts with a stable id in brackets, which users can
 * search for and tests assert on; the text states the rule, names what broke it and ends with the
 * fixes.
 */
public enum Message {
  INVALID_TARGET(
      "DeepCopyInvalidTarget", "@DeepCopy applies to classes and records, and %s is %s. Fix: %s."),

  UNSUPPORTED_TYPE(
      "DeepCopyUnsupportedType",
      "Field %s has type %s, and deepcopy-gen cannot copy %s: %s. It never shares a mutable value"
          + " silently. Fix: %s."),

  MUTABLE_MAP_KEY(
      "DeepCopyMutableMapKey",
      "Field %s is a map with keys of type %s, which is not known to be immutable: a shared key could"
          + " change under both maps, and a copied one could break the map's ordering. Fix: use an"
          + " immutable key type (String, an enum, a boxed primitive, a java.time value)."),

  INVALID_USES(
      "DeepCopyInvalidUses",
      "%s is named in @DeepCopy(uses = ...), but has no static method that takes and returns the same"
          + " type (static Foo copy(Foo in)) and that package %s can call. Fix: add such a method to %s,"
          + " make it public, or remove the class from uses."),

  AMBIGUOUS_USES(
      "DeepCopyAmbiguousUses",
      "Two methods named in @DeepCopy(uses = ...) copy %s: %s and %s. Fix: keep one of them, so that"
          + " which one runs is not a matter of order."),

  UNCOPYABLE_SUBCLASS(
      "DeepCopyUncopyableSubclass",
      "%s is sealed, so its deepCopy hands each permitted subclass to that subclass's copy, and"
          + " deepcopy-gen cannot copy the permitted subclass %s: %s. Fix: %s."),

  UNSUPPORTED_TYPE_ARGUMENT(
      "DeepCopyUnsupportedTypeArgument",
      "The superclass %s is a generic @DeepCopy class, whose deepCopyInto needs a copy for each type"
          + " argument, and deepcopy-gen cannot copy %s: %s. Fix: %s."),

  INACCESSIBLE_FIELD(
      "DeepCopyInaccessibleField", "Field %s of %s cannot be %s by the generated %s: %s. Fix: %s."),

  LOMBOK_MEMBER_MISSING(
      "DeepCopyLombokMismatch",
      "%s carries Lombok annotations and deepcopy-gen saw it before Lombok had written anything, so the"
          + " generated %s calls what Lombok writes by default: %s; but once Lombok had run, %s still"
          + " lacked %s. Fix: put Lombok on the"
          + " annotation processor path before deepcopy-processor (annotationProcessorPaths), so that"
          + " deepcopy-gen sees what Lombok writes, also under a lombok.config that renames accessors."),

  NO_VALUE_CONSTRUCTOR(
      "DeepCopyNoMatchingConstructor",
      "%s has only final fields, so the generated %s builds the copy through a constructor that takes"
          + " each field, matched by name and type (copy rule 10); no constructor takes %s. Fix: add a"
          + " constructor that takes every field under its own name (for a class from a jar, name them"
          + " with @ConstructorProperties or compile it with -parameters), or make the fields of %s"
          + " non-final and give it a constructor without parameters."),

  NO_CONSTRUCTOR(
      "DeepCopyNoConstructor",
      "%s has no constructor without parameters that the generated %s can call, and deepCopy needs one"
          + " to create the copy. Fix: add a public or package-private no-argument constructor%s, or"
          + " make %s abstract so that only deepCopyInto is generated."),

  INACCESSIBLE_SUPERCLASS(
      "DeepCopyInaccessibleSuperclass",
      "The superclass %s is @DeepCopy, but its copier's deepCopyInto is not visible from package %s."
          + " Fix: make %s public."),

  INVALID_INCLUDE(
      "DeepCopyInvalidInclude",
      "%s is listed in @DeepCopy.Include of package %s, which writes a copier for it there, but %s."
          + " Fix: %s."),

  MISSING_TYPE(
      "DeepCopyMissingType",
      "%s %s, which still did not exist when the last round of annotation processing ended. Fix:"
          + " check the import and the spelling, or the processor that should generate it."),

  INTERNAL_ERROR(
      "DeepCopyInternalError",
      "deepcopy-gen failed on %s; no copier was written for it. This is a bug in deepcopy-gen: please"
          + " report it with this stack trace.%n%s"),

  UNCOPIED_FIELDS(
      "DeepCopyUncopiedFields",
      "%s has fields that no property of its JSON mapping lets the copier write: %s. %s copies"
          + " every other property and leaves these as the class's constructor sets them. Fix: if that"
          + " is right (the class derives them, or they only ever hold their defaults), acknowledge it"
          + " with uncopiedFields = {%s} in @DeepCopy.Include of package %s; otherwise copy %s with a"
          + " method named in @DeepCopy(uses = ...) instead.",
      Diagnostic.Kind.WARNING),

  TREE_ON_GRAPH_CYCLE(
      "DeepCopyTreeOnGraphCycle",
      "%s, which is no graph type: deepCopyGraph copies it with its tree copy, which copies every object"
          + " it reaches anew, and %s can reach %s again (%s). On a cycle along that path the tree copy"
          + " would go round and round until the stack overflows. Fix: add graph = true to the @DeepCopy"
          + " of %s and of each type on that path, or, if the objects never form such a cycle, put"
          + " @SuppressWarnings(\"DeepCopyTreeOnGraphCycle\") on %s.",
      Diagnostic.Kind.WARNING),

  UNKNOWN_OPTION(
      "DeepCopyUnknownOption",
      "-A%s is not an option of deepcopy-gen, so it changes nothing. Its options are: %s. Fix: correct"
          + " the spelling or remove the option.",
      Diagnostic.Kind.WARNING);

  /**
   * Added to {@link #NO_CONSTRUCTOR}'s fix for a Lombok class: what Lombok annotation writes one.
   */
  public static final String LOMBOK_CONSTRUCTOR_FIX =
      " (with Lombok: @NoArgsConstructor, and"
          + " @AllArgsConstructor beside @Builder; or @Value, to copy through the all-arguments constructor)";

  private final String id;
  private final String format;
  private final Diagnostic.Kind kind;

  Message(String id, String format) {
    this(id, format, Diagnostic.Kind.ERROR);
  }

  Message(String id, String format, Diagnostic.Kind kind) {
    this.id = id;
    this.format = format;
    this.kind = kind;
  }

  /** ERROR for a type that gets no copier; WARNING for what a build can go on with. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable id, without brackets. */
  public String id() {
    return id;
  }

  /** The full text, id first. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, format, args);
  }
}

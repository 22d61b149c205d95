package io.github.deepcopygen.processor.diagnostics;

import java.util.Locale;

/**
 * What a generated copier says when it refuses a value at run time, as the text before and after
 * the value's class name ({@code FooDeepCopy cannot copy } + {@code p.Sub} + {@code , a subclass of
 * …}). A copier of a library class (listed in {@code @DeepCopy.Include}) gets the {@code LIBRARY_}
 * variants, which offer no annotation or declaration the user cannot change.
 */
public enum CopyFailure {
  SUBCLASS(
      "%s cannot copy ",
      ", a subclass of %s: its own fields would be lost. Fix: give the hierarchy a"
          + " deepCopy() method that the subclass overrides, or make %s sealed or final."),
  LIBRARY_SUBCLASS(
      "%s cannot copy ",
      ", a subclass of %s: its own fields would be lost. Fix: list the subclass in"
          + " @DeepCopy.Include, or copy %s with a method named in @DeepCopy(uses = ...) instead."),
  UNPERMITTED_SUBCLASS(
      "%s cannot copy ",
      ": it is none of the permitted subclasses of %s that this copier"
          + " was compiled with. Fix: recompile the copier."),
  UNPERMITTED_SUBTYPE(
      "%s cannot copy ",
      ": it is none of the permitted subtypes of %s that this copier"
          + " was compiled with. Fix: recompile the copier."),
  UNINCLUDED_LIBRARY_SUBCLASS(
      "%s cannot copy ",
      ": it is none of the subclasses of %s that this copier was compiled with (those the package's"
          + " @DeepCopy.Include lists or reaches). Fix: list it in @DeepCopy.Include, or add it to the"
          + " library's @JsonSubTypes."),
  VALUE_CLASS_SUBCLASS(
      "%s cannot copy ",
      ", a subclass of %s: rebuilding it through the constructor of"
          + " %s would lose the subclass's fields. Fix: make %s final, or annotate it with @DeepCopy and give the"
          + " hierarchy a deepCopy() method that the subclass overrides."),
  COLLECTION_SUBCLASS(
      "%s cannot copy ",
      ", a subclass of %s: the copy would lose its class. Fix: declare"
          + " the field with an interface (List, Set, Map, ...) or with the subclass."),
  OWN_COLLECTION_SUBCLASS(
      "%s cannot copy ",
      ", a subclass of %s: the copy would lose its class. Fix: give"
          + " %s a deepCopy() method that its subclasses override."),
  LIBRARY_COLLECTION_SUBCLASS(
      "%s cannot copy ",
      ", a subclass of %s: the copy would lose its class. Fix:"
          + " copy %s with a method named in @DeepCopy(uses = ...) instead."),
  JSON_KEY(
      "%s cannot copy the JSON object key ",
      ": JSON keys are strings. Fix: use string keys, or mark" + " the field @DeepCopy.Shallow."),
  LIBRARY_JSON_KEY(
      "%s cannot copy the JSON object key ",
      ": JSON keys are strings. Fix: use string keys,"
          + " or copy %s with a method named in @DeepCopy(uses = ...) instead."),
  JSON_VALUE(
      "%s cannot copy a ",
      " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times,"
          + " maps with string keys, lists and Jackson's nodes. Fix: put JSON values in the field, or mark it"
          + " @DeepCopy.Shallow."),
  LIBRARY_JSON_VALUE(
      "%s cannot copy a ",
      " in a JSON tree, which holds only null, strings, booleans, numbers, dates and"
          + " times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in it, or copy %s with a"
          + " method named in @DeepCopy(uses = ...) instead."),
  NULL_FILLED_PROPERTY(
      "%s cannot copy the property ",
      " of %s: it has no setter, so the copy fills the collection that the target's getter"
          + " returns, and that getter returned null. Fix: copy into an object made by the class's"
          + " constructor, or copy %s with a method named in @DeepCopy(uses = ...) instead."),
  NULL_PRIMITIVE_SETTER(
      "%s cannot copy the property ",
      " of %s: it is null, and %s takes a primitive, so the copy cannot overwrite the value the"
          + " target holds. Fix: copy into an object made by the class's constructor, or copy %s"
          + " with a method named in @DeepCopy(uses = ...) instead."),
  NOT_INDEXED(
      "%s has no copier for ",
      ": it holds those of the classes that @DeepCopy.Include lists in package"
          + " %s, and the classes they reach. Fix: list the class there, or copy it with its own copier.");

  /**
   * Who a package index's JSON tree names in the {@code LIBRARY_} fixes: the copy of a generic
   * library class's unknown type arguments, which the index makes for any class holding one.
   */
  public static final String INDEX_HOLDER = "the class that holds it";

  private final String before;
  private final String after;

  CopyFailure(String before, String after) {
    this.before = before;
    this.after = after;
  }

  /** The text before the value: it names the copier that refuses it. */
  public String before(String copier) {
    return String.format(Locale.ROOT, before, copier);
  }

  /** The text after the value: the rule, and the fix. */
  public String after(Object... args) {
    return String.format(Locale.ROOT, after, args);
  }
}

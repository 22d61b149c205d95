package io.github.deepcopygen.processor.diagnostics;

/**
 * Why a rule refused something, and what the user can do about it: the {@code why} and {@code fix}
 * that a {@link Message} carries. Analysis picks a reason and hands over its facts as arguments;
 * the words are all here. A fix is {@code null} when the reason only adds to another one's (a
 * permitted subtype's own reason carries the fix).
 */
public enum Reason {
  // Types no rule copies (DeepCopyUnsupportedType and the messages that quote a type's reason).
  WILDCARD(
      "it is a wildcard, whose values may be of any subclass",
      "use an exact type argument (List<Foo>, not List<? extends Foo>)"),
  RAW_TYPE(
      "it is a raw type, whose elements may be of any class",
      "add type arguments (List<Foo>, Map<String, Foo>)"),
  GENERIC_ARRAY("Java cannot create an array of a generic type", "use a List instead of the array"),
  ABSTRACT_WITH_COPIER(
      "it is an abstract %s class, whose copier has only deepCopyInto and cannot create"
          + " the copy",
      "give %s a deepCopy() method that its subclasses override, make it sealed, or"
          + " declare the field with a concrete type"),
  CYCLE(
      "it leads back to %s through a mutable value, and deepcopy-gen copies such recursive types only"
          + " through their own copiers",
      "annotate %s with @DeepCopy, or give it a deepCopy() method"),
  UNKNOWN_OBJECT(
      "it may hold a value of any class",
      "mark the field @DeepCopy.JsonTree if it holds JSON (null, strings, booleans, numbers, maps with"
          + " string keys, lists), declare it with a more precise type, or mark it @DeepCopy.Shallow to"
          + " share it on purpose"),
  UNKNOWN_JDK_TYPE(
      "it is not a JDK type that deepcopy-gen knows to be immutable or to copy",
      "declare the field with a type deepcopy-gen can copy (see the copy rules in the README), name a"
          + " class with a static copy method for it in @DeepCopy(uses = ...), or mark the field"
          + " @DeepCopy.Shallow to share it on purpose"),
  UNKNOWN_CLASS(
      "it is not immutable, not @DeepCopy, and has no deepCopy() method",
      "annotate %s with @DeepCopy (or @DeepCopy.Immutable if it is immutable), give it a deepCopy()"
          + " method that returns a deep copy, name a class with a static copy method for it in"
          + " @DeepCopy(uses = ...), or mark the field @DeepCopy.Shallow to share it on purpose"),
  UNKNOWN_OPEN_TYPE(
      "it is an %s that is not sealed, so its values may be of any class",
      "make %s sealed, permitting only classes deepcopy-gen can copy, give it a deepCopy() method that"
          + " every implementation provides, name a class with a static copy method for it in"
          + " @DeepCopy(uses = ...), or mark the field @DeepCopy.Shallow to share it on purpose"),
  UNKNOWN_LIBRARY_CLASS(
      "it is a library class that is not immutable, not @DeepCopy, and has no"
          + " deepCopy() method",
      "list %s in @DeepCopy.Include on the package to copy it as a JavaBean,"
          + " name a class with a static copy method for it in @DeepCopy(uses = ...), or mark the field"
          + " @DeepCopy.Shallow to share it on purpose"),
  UNKNOWN_LIBRARY_OPEN_TYPE(
      "it is a library %s, whose values may be of any class",
      "list the classes its values may be in @DeepCopy.Include (each value is then copied as its own"
          + " class), declare the field with a class deepcopy-gen can copy, name a class with a static"
          + " copy method for %s in @DeepCopy(uses = ...), or mark the field @DeepCopy.Shallow to share"
          + " it on purpose"),
  MUTABLE_KEY(
      "it is a map whose key type %s is not known to be immutable",
      "use an immutable key type (String, an enum, a boxed primitive, a java.time value)"),
  JDK_COLLECTION(
      "it is a JDK collection class deepcopy-gen does not copy",
      "declare the field as one of Collection, List, Set, SortedSet, NavigableSet, Queue, Deque, Map,"
          + " SortedMap, NavigableMap, or a concrete class such as ArrayList, HashMap or TreeMap, EnumSet"
          + " or EnumMap"),
  ABSTRACT_COLLECTION(
      "it is a collection interface or abstract class that names no class to create",
      "declare the field with a concrete class, or give %s a deepCopy() method"),
  COLLECTION_WITHOUT_CONSTRUCTOR(
      "it is a collection class without a no-argument constructor that the" + " copier can call",
      "add one, or give %s a deepCopy() method"),
  COLLECTION_WITH_FIELDS(
      "it extends a JDK collection and declares fields of its own (%s), which copying"
          + " its elements would lose",
      "give %s a deepCopy() method, or hold the collection in a field"
          + " instead of extending it"),
  VALUE_CLASS_WITHOUT_CONSTRUCTOR(
      "it is a class whose fields are all final (copy rule 10), with a"
          + " mutable one, and no constructor the copier can call takes each field by name and type",
      "give %s a constructor visible to package %s that takes every field under its own name (for a class"
          + " from a jar, name the parameters with @ConstructorProperties or compile it with -parameters), or"
          + " annotate it with @DeepCopy"),
  VALUE_CLASS_FIELD_HIDDEN(
      "it is a class whose fields are all final (copy rule 10), and the copier"
          + " can neither read its field %s nor call a getter %s",
      "make the field or a getter for it visible"
          + " to package %s, or annotate %s with @DeepCopy"),
  RECORD_CONSTRUCTOR_HIDDEN(
      "it is a record with a mutable component whose canonical constructor the"
          + " copier cannot call",
      "make %s and its canonical constructor visible to package %s, or annotate"
          + " it with @DeepCopy"),
  CONCRETE_SEALED_CLASS(
      "it is a sealed class that is not abstract, and its own instances have no copy",
      "annotate %s with @DeepCopy, or make it abstract"),
  SEALED_SUBTYPE("it is sealed, and its permitted subtype %s cannot be copied: %s", null),
  PERMITTED_ARGUMENTS(
      "%s gives it type arguments that are not plain type variables",
      "give %s a deepCopy() method that %s implements"),
  PERMITTED_UNFIXED(
      "it is generic, and %s does not fix its type parameter %s",
      "give %s a deepCopy() method that %s implements, or make %s extend it with its own type parameters"),
  GROWING_TYPE(
      "it holds %s values whose type arguments grow at every level of nesting",
      "annotate %s with @DeepCopy"),

  // Fields a copier cannot reach (DeepCopyInaccessibleField).
  FINAL_WITHOUT_SETTER(
      "it is final and has no setter %s",
      "make the field non-final, or annotate a class whose state can be set"),
  PRIVATE_WITHOUT_ACCESSORS(
      "it is private and has no getter %s nor setter %s",
      "add a getter %s and a setter %s that the copier's package can see, or make the field"
          + " package-private"),
  PRIVATE_WITHOUT_GETTER(
      "it is private and has no getter %s returning %s",
      "add a getter %s that the copier's package can see, or make the field package-private"),
  PRIVATE_WITHOUT_SETTER(
      "it is private and has no setter %s",
      "add a setter %s that the copier's package can see, or make the field package-private"),
  ACCESSORS_OVERRIDDEN(
      "%s declares a field %s of its own and overrides %s, so the accessors reach"
          + " %s.%s instead",
      "rename one of the two fields, or make this one visible to package %s"),
  SUPERCLASS_ACCESSORS_OVERRIDDEN(
      "%s declares a field %s of its own and overrides %s, through which"
          + " that copier reaches %s.%s",
      "rename one of the two fields, or stop overriding the accessors"),
  // Classes a package's @DeepCopy.Include cannot list (DeepCopyInvalidInclude).
  INCLUDED_ENUM(
      "it is an enum, and enum constants are shared, never copied", "remove it from the list"),
  INCLUDED_RECORD(
      "it is a record, which the copy rules already copy through its canonical constructor",
      "remove it from the list"),
  INCLUDED_INTERFACE(
      "it is an interface, which has no state of its own to copy", "remove it from the list"),
  INCLUDED_DEEP_COPY_TYPE(
      "it is @DeepCopy itself, so its own copier already copies it everywhere",
      "remove it from the list"),
  INCLUDED_INNER_CLASS(
      "it is an inner class, whose instances belong to an enclosing instance",
      "remove it from the list, and copy it with a method named in @DeepCopy(uses = ...) instead"),
  INCLUDED_WITHOUT_CONSTRUCTOR(
      "it has no constructor without parameters that package %s can call (a"
          + " public one, or one of the class's own package when it is listed there), nor a Jackson"
          + " creator whose every property has a public getter (@JsonCreator with @JsonProperty"
          + " parameters, @ConstructorProperties, or a delegating one with a @JsonValue getter),"
          + " which deepCopy needs to create the copy",
      "remove it from the list, and copy it with a method named in"
          + " @DeepCopy(uses = ...) instead"),
  INCLUDED_NAME_TAKEN(
      "so is %s, whose copier is %s, the name this one's would have with every segment"
          + " of its package in front",
      "list one of them on another package"),
  INCLUDED_NAME_OF_TYPE(
      "the @DeepCopy type %s has the copier %s, the name this one's would have with"
          + " every segment of its package in front",
      "list it on another package, or rename the @DeepCopy type"),

  // Types @DeepCopy cannot be put on (DeepCopyInvalidTarget).
  TARGET_INTERFACE(
      "an interface",
      "annotate the classes that implement it, and give the interface a"
          + " deepCopy() method that they implement"),
  TARGET_ENUM("an enum", "remove @DeepCopy: enum constants are shared, never copied"),
  TARGET_ANNOTATION("an annotation type", "remove @DeepCopy"),
  TARGET_INNER(
      "an inner class, whose instances belong to an enclosing instance",
      "make it a static nested class"),
  TARGET_PRIVATE("private", "make it package-private or public, so that its copier can see it"),
  TARGET_IN_PRIVATE(
      "nested in the private class %s",
      "make it package-private or public, so that its" + " copier can see it");

  private final String why;
  private final String fix;

  Reason(String why, String fix) {
    this.why = why;
    this.fix = fix;
  }

  /** The reason's own text, for tests that look for it in the messages of negative cases. */
  public String whyFormat() {
    return why;
  }

  /** The fix's own text, or null when the cause's fix is the fix. */
  public String fixFormat() {
    return fix;
  }
}

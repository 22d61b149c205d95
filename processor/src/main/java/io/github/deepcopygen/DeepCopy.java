package io.github.deepcopygen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks deepcopy-gen to write a copier for the annotated class or record.
 *
 * <p>For {@code p.Foo} the processor writes {@code p.FooDeepCopy} (for a nested {@code
 * p.Outer.Inner}, {@code p.Outer_InnerDeepCopy}) with {@code static Foo deepCopy(Foo in)} and, for
 * classes, {@code static void deepCopyInto(Foo in, Foo out)}. The generated code uses the JDK only.
 *
 * <p>The retention is {@code CLASS}, not {@code SOURCE}, so that a type compiled in another module
 * is still recognised as {@code @DeepCopy} when a field of that type is copied.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DeepCopy {

  /**
   * Classes whose {@code static T name(T in)} methods copy types that cannot carry
   * {@code @DeepCopy} (a library's classes, say). A value of type {@code T} anywhere in this type's
   * fields, including inside collections, is copied by calling that method; it is never called with
   * {@code null}.
   */
  Class<?>[] uses() default {};

  /**
   * Also writes {@code static Foo deepCopyGraph(Foo in)}, a copy of the object graph rather than of
   * the tree: every object reachable from {@code in} is copied once, so two references to one
   * object are two references to one copy, and a cycle (a parent link, say) is the same cycle in
   * the copy. Collections, maps, arrays and optionals are copied once each as well; immutable
   * values are shared. A {@code @DeepCopy} type reached that is not a graph type is copied once, as
   * a tree. {@code deepCopy} and {@code deepCopyInto} keep copying trees.
   */
  boolean graph() default false;

  /**
   * Shares the field's value between the original and the copy, on purpose: for a value that is
   * immutable in practice, or one that must stay the same object (a cache, a lock, a parent link).
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
  @interface Shallow {}

  /**
   * Declares that the field holds a JSON tree wherever its type says {@code Object} (the field
   * itself, or the values of a {@code Map<String, Object>}, the elements of a {@code
   * List<Object>}): null, strings, booleans, numbers, maps with string keys and lists, as Jackson
   * reads them. Such a tree is copied node by node, maps into {@code LinkedHashMap} and lists into
   * {@code ArrayList}; any other value in it makes the copy throw {@code IllegalArgumentException}
   * rather than be shared.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
  @interface JsonTree {}

  /**
   * Writes copiers, in the annotated package, for classes that cannot carry {@code @DeepCopy}: a
   * library's model classes, such as fabric8's {@code ObjectMeta}. For {@code lib.Foo} listed on
   * package {@code p}, the processor writes {@code p.FooDeepCopy}, and every {@code @DeepCopy} type
   * of {@code p} copies {@code Foo} values with it, also as a superclass.
   *
   * <p>A listed class is copied as its JSON mapping sees it: each property with a public getter and
   * a public setter of the same type is read and written through them, the map of a Jackson
   * {@code @JsonAnyGetter}/{@code @JsonAnySetter} pair an entry at a time, an abstract class as the
   * included subclass a value is, and every {@code Object} position in a property is a JSON tree
   * (see {@link JsonTree}). A property with a getter but no setter is derived or fixed by the class
   * (fabric8's {@code CustomResource.getPlural()}), so the copy gets it from its own constructor; a
   * non-final field that no property reaches is not copied, and the compile warns about it unless
   * {@link Include#uncopiedFields} names it.
   *
   * <p>A class whose copier name a class earlier in the list (or a {@code @DeepCopy} type of the
   * package) already has gets the last segment of its package in front, {@code
   * V1beta1_FooDeepCopy}, and the segments before it while the name is still taken. The package
   * also gets {@code DeepCopyIndex}, a lookup of its copiers by the exact class they copy.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.PACKAGE)
  @interface Include {
    /**
     * The classes to copy; each must be public, and a concrete one needs a no-argument constructor
     * that the annotated package can call.
     */
    Class<?>[] value();

    /**
     * Also writes copiers for every library class the listed ones reach through the properties the
     * copy walks (property types, collection elements, map values, type arguments, superclasses),
     * so that listing {@code Deployment} is enough; immutable classes, enums and interfaces get
     * none.
     */
    boolean transitive() default false;

    /**
     * Fields, each as {@code "pkg.Class.field"}, that no property of their class's JSON mapping
     * lets the copier write (a field behind a getter without a setter, which Jackson sets by
     * reflection), and that you accept the copy leaves as the class's constructor sets them. Each
     * class with such fields not listed here gets one {@code [DeepCopyUncopiedFields]} warning
     * naming them.
     */
    String[] uncopiedFields() default {};
  }

  /**
   * Declares the annotated type immutable, so that its values are shared wherever they appear
   * instead of copied. deepcopy-gen takes the type's word for it.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface Immutable {}
}

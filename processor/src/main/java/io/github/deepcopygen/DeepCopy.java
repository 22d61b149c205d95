package io.github.deepcopygen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks deepcopy-gen to write a copier for the annotated class or record.
 *
 * <p>For {@code p.Foo} the processor writes {@code p.FooDeepCopy} (for a nested {@code p.Outer.Inner},
 * {@code p.Outer_InnerDeepCopy}) with {@code static Foo deepCopy(Foo in)} and, for classes,
 * {@code static void deepCopyInto(Foo in, Foo out)}. The generated code uses the JDK only.
 *
 * <p>The retention is {@code CLASS}, not {@code SOURCE}, so that a type compiled in another module is
 * still recognised as {@code @DeepCopy} when a field of that type is copied.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DeepCopy {}

/**
 * What javac and the JDK say, each asked in one place: visibility, supertypes and type walks,
 * JavaBeans naming, the JDK's own classes and their immutable values, constructors, our annotations
 * read by name, and the contract's copier names. Facts only, no decisions.
 *
 * <p>May import: the JDK and JavaPoet; nothing of ours.
 */
package io.github.deepcopygen.processor.lang;

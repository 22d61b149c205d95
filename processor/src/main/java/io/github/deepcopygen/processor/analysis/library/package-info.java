/**
 * Library classes a package lists in {@code @DeepCopy.Include}: the list (and what a transitive
 * include reaches), each class's check, the JavaBeans-shaped properties Jackson sees, the package's
 * index.
 *
 * <p>May import: {@code lang}, {@code model}, {@code diagnostics}; nothing else of ours.
 */
package io.github.deepcopygen.processor.analysis.library;

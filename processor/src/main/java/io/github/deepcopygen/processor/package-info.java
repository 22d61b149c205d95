/**
 * The javac entry point: one queue of copier targets ({@code @DeepCopy} types and included classes)
 * through the rounds, deferral by name, one target's failure kept from the others, and the Filer.
 * It holds no type logic: it asks {@code analysis} for a plan and {@code writer} for its source
 * (docs/ARCHITECTURE.md, "The phases").
 */
package io.github.deepcopygen.processor;

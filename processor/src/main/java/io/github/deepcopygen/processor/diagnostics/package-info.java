/**
 * Every word the processor says to a user, in one place: the compile-time messages and their
 * reasons, the run-time failures generated code throws, and the one wrapper of javac's Messager.
 *
 * <p>May import: nothing of ours.
 */
package io.github.deepcopygen.processor.diagnostics;

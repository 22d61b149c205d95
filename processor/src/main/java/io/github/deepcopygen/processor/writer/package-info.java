/**
 * Renders a plan as Java source: the copier's methods, the helpers its values need, and the graph
 * copy as a second rendering of the same plan. It decides nothing the plan does not say and never
 * reports a user's error: if it had to, analysis missed a check.
 *
 * <p>May import: {@code model}, {@code diagnostics} (the words of the exceptions generated code
 * throws); never {@code analysis} or {@code lang}.
 */
package io.github.deepcopygen.processor.writer;

/**
 * Turns one target into a {@link io.github.deepcopygen.processor.model.CopyPlan}, or into every
 * problem that prevents one: the target and its checks, where its properties come from and how the
 * copier reaches them, its shape and hierarchy. The rule table and each way a model is written live
 * in rooms of their own below (docs/ARCHITECTURE.md, "The rooms").
 *
 * <p>May import: its rooms, {@code lang}, {@code model}, {@code diagnostics}; never {@code writer}.
 */
package io.github.deepcopygen.processor.analysis;

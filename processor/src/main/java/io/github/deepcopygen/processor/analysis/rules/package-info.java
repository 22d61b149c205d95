/**
 * The copy rules in their order ({@link
 * io.github.deepcopygen.processor.analysis.rules.CopyStrategies}) and the rules it calls:
 * collections, records, value classes and sealed types, own copies and {@code uses} methods. Each
 * answers a type with a {@link io.github.deepcopygen.processor.analysis.rules.Resolution}.
 *
 * <p>May import: {@code analysis.library}, {@code analysis.lombok}, {@code lang}, {@code model},
 * {@code diagnostics}; never {@code analysis} itself or {@code writer}.
 */
package io.github.deepcopygen.processor.analysis.rules;

/**
 * Models written with Lombok: what Lombok will write after this processor has run (constructors,
 * accessors and their names, final and private fields), and the promises a copier makes on that
 * word, checked in the next round.
 *
 * <p>May import: {@code lang}, {@code diagnostics}; nothing else of ours.
 */
package io.github.deepcopygen.processor.analysis.lombok;

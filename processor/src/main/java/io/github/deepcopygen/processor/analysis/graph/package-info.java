/**
 * Graph types ({@code @DeepCopy(graph = true)}): the check that warns where a graph copy hands a
 * value to a tree copy that can lead back to it.
 *
 * <p>May import: {@code analysis.rules}, {@code lang}, {@code diagnostics}; never {@code analysis}
 * itself.
 */
package io.github.deepcopygen.processor.analysis.graph;

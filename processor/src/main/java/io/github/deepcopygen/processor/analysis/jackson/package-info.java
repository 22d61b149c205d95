/**
 * Library classes as their JSON mapping sees them: the properties Jackson reads and writes (getter
 * and setter pairs, the map of a {@code @JsonAnyGetter}/{@code @JsonAnySetter} pair), with
 * Jackson's annotations read by name, inherited from the methods they override as Jackson inherits
 * them.
 *
 * <p>May import: {@code lang}, {@code model}, {@code diagnostics}; nothing else of ours.
 */
package io.github.deepcopygen.processor.analysis.jackson;

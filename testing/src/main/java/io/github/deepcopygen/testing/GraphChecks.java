package io.github.deepcopygen.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The behaviour checks of {@code deepCopyGraph} ({@code @DeepCopy(graph = true)}) over random graphs with
 * shared nodes and cycles ({@link RandomGraphs}): the copy is isomorphic to the original (the same
 * content and the same sharing structure, compared as graphs), it reaches no mutable object of the
 * original, and changing every leaf of the original leaves it alone.
 */
public final class GraphChecks {
  private final Class<?> type;
  private final Set<String> shared;
  private final Graphs graphs;
  private final int seeds;
  private final Map<Class<?>, Function<Random, ?>> factories;

  private GraphChecks(Class<?> type, Set<String> shared, int seeds, Map<Class<?>, Function<Random, ?>> factories) {
    this.type = type;
    this.shared = shared;
    this.graphs = new Graphs(shared);
    this.seeds = seeds;
    this.factories = factories;
  }

  /** Checks for {@code type}, whose copier has {@code deepCopyGraph}, over 60 random graphs. */
  public static GraphChecks of(Class<?> type) {
    return new GraphChecks(type, Set.of(), 60, Map.of());
  }

  /** Fields ({@code "Owner.field"}) whose values are shared on purpose, as {@code @DeepCopy.Shallow}. */
  public GraphChecks sharing(String... fields) {
    return new GraphChecks(type, Set.of(fields), seeds, factories);
  }

  /** Runs each check over {@code count} random graphs instead of 60. */
  public GraphChecks seeds(int count) {
    return new GraphChecks(type, shared, count, factories);
  }

  /** Builds every {@code valueType} of the random graphs with {@code factory}. */
  public <T> GraphChecks building(Class<T> valueType, Function<Random, T> factory) {
    Map<Class<?>, Function<Random, ?>> more = new HashMap<>(factories);
    more.put(valueType, factory);
    return new GraphChecks(type, shared, seeds, Map.copyOf(more));
  }

  /** The random graph of {@code seed}. */
  public Object graph(long seed) {
    return new RandomGraphs(seed, shared, factories).instanceOf(type);
  }

  /** Runs every check. */
  public void all() throws Exception {
    copyIsTheSameGraph();
    copyIsIsolatedFromChanges();
    assertThat(Copiers.deepCopyGraph(type, null)).isNull();
  }

  /**
   * The copy renders like the original with every object numbered where first met: equal texts, so the
   * same sharing and the same cycles. Some graphs must share, or the check proves nothing.
   */
  public void copyIsTheSameGraph() throws Exception {
    int sharing = 0;
    for (int seed = 0; seed < seeds; seed++) {
      Object original = graph(seed);
      String before = graphs.renderGraph(original);
      Object copy = Copiers.deepCopyGraph(type, original);
      assertWithMessage("seed %s: the copy is not the same graph", seed)
          .that(graphs.renderGraph(copy)).isEqualTo(before);
      assertWithMessage("seed %s: copying changed the original", seed)
          .that(graphs.renderGraph(original)).isEqualTo(before);
      assertWithMessage("seed %s: mutable objects shared by original and copy", seed)
          .that(graphs.sharedMutableNodes(original, copy)).isEmpty();
      if (before.contains("@")) {
        sharing++;
      }
    }
    assertWithMessage("no random graph shared an object").that(sharing).isGreaterThan(seeds / 4);
  }

  public void copyIsIsolatedFromChanges() throws Exception {
    int total = 0;
    for (int seed = 0; seed < seeds; seed++) {
      Object original = graph(seed);
      Object copy = Copiers.deepCopyGraph(type, original);
      String copied = graphs.renderGraph(copy);
      total += graphs.mutateEveryLeaf(original);
      assertWithMessage("seed %s", seed).that(graphs.renderGraph(copy)).isEqualTo(copied);
    }
    assertWithMessage("no seed had anything to mutate").that(total).isGreaterThan(0);
  }
}

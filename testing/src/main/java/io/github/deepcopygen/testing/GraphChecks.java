package io.github.deepcopygen.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The behaviour checks of {@code deepCopyGraph} ({@code @DeepCopy(graph = true)}) over random
 * graphs with shared nodes and cycles ({@link RandomGraphs}): the copy is isomorphic to the
 * original (the same content and the same sharing structure, compared as graphs), it reaches no
 * mutable object of the original, and changing every leaf of the original leaves it alone.
 */
public final class GraphChecks {
  private final Class<?> type;
  private final Set<String> shared;
  private final Graphs graphs;
  private final int seeds;
  private final Map<Class<?>, Function<Random, ?>> factories;
  private final boolean sharingRequired;

  private GraphChecks(
      Class<?> type,
      Set<String> shared,
      int seeds,
      Map<Class<?>, Function<Random, ?>> factories,
      boolean sharingRequired) {
    this.type = type;
    this.shared = shared;
    this.graphs = new Graphs(shared);
    this.seeds = seeds;
    this.factories = factories;
    this.sharingRequired = sharingRequired;
  }

  /** Checks for {@code type}, whose copier has {@code deepCopyGraph}, over 60 random graphs. */
  public static GraphChecks of(Class<?> type) {
    return new GraphChecks(type, Set.of(), 60, Map.of(), true);
  }

  /**
   * Fields ({@code "Owner.field"}) whose values are shared on purpose, as
   * {@code @DeepCopy.Shallow}.
   */
  public GraphChecks sharing(String... fields) {
    return new GraphChecks(type, Set.of(fields), seeds, factories, sharingRequired);
  }

  /** Runs each check over {@code count} random graphs instead of 60. */
  public GraphChecks seeds(int count) {
    return new GraphChecks(type, shared, count, factories, sharingRequired);
  }

  /** Builds every {@code valueType} of the random graphs with {@code factory}. */
  public <T> GraphChecks building(Class<T> valueType, Function<Random, T> factory) {
    Map<Class<?>, Function<Random, ?>> more = new HashMap<>(factories);
    more.put(valueType, factory);
    return new GraphChecks(type, shared, seeds, Map.copyOf(more), sharingRequired);
  }

  /**
   * For a type whose graphs may have nothing to share (a random shape of strings and records, say):
   * no minimum of sharing graphs. The caller can still count them: {@link #all()} returns how many
   * shared.
   */
  public GraphChecks mayShareNothing() {
    return new GraphChecks(type, shared, seeds, factories, false);
  }

  /** The random graph of {@code seed}. */
  public Object graph(long seed) {
    return new RandomGraphs(seed, shared, factories).instanceOf(type);
  }

  /** Runs every check; returns how many of the random graphs shared an object. */
  public int all() throws Exception {
    int sharing = copyIsTheSameGraph();
    copyIsIsolatedFromChanges();
    assertThat(Copiers.deepCopyGraph(type, null)).isNull();
    return sharing;
  }

  /**
   * The copy renders like the original with every object numbered where first met: equal texts, so
   * the same sharing and the same cycles. More than a quarter of the graphs must share, or the
   * check proves little, unless {@link #mayShareNothing()}; returns how many shared.
   */
  public int copyIsTheSameGraph() throws Exception {
    int sharing = 0;
    for (int seed = 0; seed < seeds; seed++) {
      Object original = graph(seed);
      String before = graphs.renderGraph(original);
      Object copy = Copiers.deepCopyGraph(type, original);
      assertWithMessage("seed %s: the copy is not the same graph", seed)
          .that(graphs.renderGraph(copy))
          .isEqualTo(before);
      assertWithMessage("seed %s: copying changed the original", seed)
          .that(graphs.renderGraph(original))
          .isEqualTo(before);
      assertWithMessage("seed %s: mutable objects shared by original and copy", seed)
          .that(graphs.sharedMutableNodes(original, copy))
          .isEmpty();
      if (before.contains("@")) {
        sharing++;
      }
    }
    if (sharingRequired) {
      assertWithMessage("too few random graphs shared an object")
          .that(sharing)
          .isGreaterThan(seeds / 4);
    }
    return sharing;
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

package io.github.deepcopygen.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The behaviour checks (docs/ARCHITECTURE.md, "Tests") on one type's generated copier, over random
 * graphs: the copy renders like the original (content, null versus empty, runtime class of every
 * node, order), it shares no mutable object with it, changing the original leaves it alone, and
 * {@code deepCopyInto} overwrites whatever the target held.
 */
public final class CopyChecks {
  private final Class<?> type;
  private final String site;
  private final Set<String> shared;
  private final Graphs graphs;
  private final int seeds;
  private final Map<Class<?>, Function<Random, ?>> factories;

  private CopyChecks(
      Class<?> type,
      String site,
      Set<String> shared,
      int seeds,
      Map<Class<?>, Function<Random, ?>> factories) {
    this.type = type;
    this.site = site;
    this.shared = shared;
    this.graphs = new Graphs(shared);
    this.seeds = seeds;
    this.factories = factories;
  }

  /** Checks for {@code type}, over 60 random graphs. */
  public static CopyChecks of(Class<?> type) {
    return new CopyChecks(type, type.getPackageName(), Set.of(), 60, Map.of());
  }

  /**
   * Fields ({@code "Owner.field"}) whose values are shared on purpose, as
   * {@code @DeepCopy.Shallow}.
   */
  public CopyChecks sharing(String... fields) {
    return new CopyChecks(type, site, Set.of(fields), seeds, factories);
  }

  /**
   * Uses the copier in package {@code site}, where an {@code @DeepCopy.Include} listed the type.
   */
  public CopyChecks includedIn(String site) {
    return new CopyChecks(type, site, shared, seeds, factories);
  }

  /**
   * Runs each check over {@code count} random graphs instead of 60: for suites of a thousand types.
   */
  public CopyChecks seeds(int count) {
    return new CopyChecks(type, site, shared, count, factories);
  }

  /**
   * Builds every {@code valueType} of the random graphs with {@code factory} (see {@link
   * RandomInstances}).
   */
  public <T> CopyChecks building(Class<T> valueType, Function<Random, T> factory) {
    Map<Class<?>, Function<Random, ?>> more = new HashMap<>(factories);
    more.put(valueType, factory);
    return new CopyChecks(type, site, shared, seeds, Map.copyOf(more));
  }

  private Object random(long seed, double nullChance) {
    return new RandomInstances(seed, nullChance, factories).instanceOf(type);
  }

  /** Runs every check that applies to the type. */
  public void all() throws Exception {
    copyIsEqualAndSharesNothing();
    copyIsIsolatedFromChanges();
    if (Copiers.hasDeepCopyInto(type, site)) {
      deepCopyIntoOverwrites(); // records and classes built through their constructor have none
    }
    assertThat(Copiers.deepCopy(type, site, null)).isNull();
  }

  public void copyIsEqualAndSharesNothing() throws Exception {
    for (int seed = 0; seed < seeds; seed++) {
      Object original = random(seed, 0.25);
      String before = graphs.render(original);
      Object copy = Copiers.deepCopy(type, site, original);
      assertWithMessage("seed %s", seed).that(graphs.render(copy)).isEqualTo(before);
      assertWithMessage("seed %s: copying changed the original", seed)
          .that(graphs.render(original))
          .isEqualTo(before);
      assertNothingShared(original, copy, seed);
    }
  }

  public void copyIsIsolatedFromChanges() throws Exception {
    int total = 0;
    for (int seed = 0; seed < seeds; seed++) {
      Object original = random(seed, 0.25);
      Object copy = Copiers.deepCopy(type, site, original);
      String copied = graphs.render(copy);
      int changes = graphs.mutateEveryLeaf(original);
      total += changes;
      assertWithMessage("seed %s", seed).that(graphs.render(copy)).isEqualTo(copied);
      if (changes > 0) {
        assertWithMessage("seed %s: the mutation changed nothing", seed)
            .that(graphs.render(original))
            .isNotEqualTo(copied);
      }
    }
    assertWithMessage("no seed had anything to mutate").that(total).isGreaterThan(0);
  }

  public void deepCopyIntoOverwrites() throws Exception {
    for (int seed = 0; seed < seeds; seed++) {
      Object source = random(seed, 0.25);
      Object target = random(seed + 10_000, 0.1);
      Copiers.deepCopyInto(type, site, source, target);
      assertWithMessage("seed %s", seed)
          .that(graphs.render(target))
          .isEqualTo(graphs.render(source));
      assertNothingShared(source, target, seed);
    }
  }

  public void assertNothingShared(Object original, Object copy, int seed) {
    assertWithMessage("seed %s: mutable objects shared by original and copy", seed)
        .that(graphs.sharedMutableNodes(original, copy))
        .isEmpty();
  }
}

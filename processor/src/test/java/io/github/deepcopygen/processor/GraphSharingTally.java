package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the random graph shapes a test checked, and those whose random graphs shared an object at
 * least once. One shape may have nothing to share (strings and records only), but most must, or the
 * graph checks of random shapes would prove no more than the tree checks do.
 */
public final class GraphSharingTally {
  private final AtomicInteger shapes = new AtomicInteger();
  private final AtomicInteger sharing = new AtomicInteger();

  /**
   * One shape checked, with the number of its random graphs that shared ({@code
   * GraphChecks.all()}).
   */
  public void add(int sharingGraphs) {
    shapes.incrementAndGet();
    if (sharingGraphs > 0) {
      sharing.incrementAndGet();
    }
  }

  /** Fails unless at least half the shapes shared, once there are enough (20) to tell. */
  public void assertMostShared() {
    if (shapes.get() >= 20) {
      assertWithMessage("graph shapes whose random graphs shared an object, of %s", shapes.get())
          .that(sharing.get())
          .isAtLeast(shapes.get() / 2);
    }
  }
}

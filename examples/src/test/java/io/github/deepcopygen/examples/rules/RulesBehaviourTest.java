package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.testing.CopyChecks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour checks (docs/ARCHITECTURE.md, "Tests") on every example's generated copier, over
 * random graphs: equal content with null and empty told apart and the same runtime class at every
 * node, no shared mutable object, isolation from later changes, deepCopyInto over a pre-filled
 * object, null for null.
 */
class RulesBehaviourTest {

  static List<Class<?>> examples() {
    return List.of(
        Heatmap.class,
        Heatmap.Sample.class,
        Inventory.class,
        Inventory.Item.class,
        Contact.class,
        Contact.Address.class,
        Route.class,
        Job.class,
        Invoice.class,
        Shipment.class,
        Shape.Polygon.class,
        Shape.Group.class,
        Drawing.class,
        HelmRelease.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void generatedCopyIsDeepAndEqual(Class<?> type) throws Exception {
    CopyChecks.of(type).all();
  }

  /** The cache is @DeepCopy.Shallow: shared on purpose, so the identity walk leaves it out. */
  @Test
  void themeIsDeepExceptForItsShallowField() throws Exception {
    CopyChecks.of(Theme.class).sharing("Theme.previewCache").all();
  }
}

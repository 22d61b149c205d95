package io.github.deepcopygen.kubernetes;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The testing module's behaviour checks on every copier of the module: random graphs with nulls and
 * zero to two elements per collection, the copy rendered like the original (null is not empty,
 * every node of the same class), nothing mutable shared, the copy unchanged when every leaf of the
 * original changes, deepCopyInto over a filled object; and fabric8's own equals agrees.
 */
class EveryCopierBehaviourTest {
  static Stream<Class<?>> copiedClasses() {
    List<Class<?>> types = new ArrayList<>(DeepCopyIndex.copiers().keySet());
    types.sort(java.util.Comparator.comparing(Class::getName));
    return types.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copiedClasses")
  void copiesDeeply(Class<?> type) throws Exception {
    ModelValues.checks(type).seeds(6).all();
    if (type.getMethod("equals", Object.class).getDeclaringClass() == Object.class) {
      return; // a list class such as GenericKubernetesResourceList has no equals of its own
    }
    for (int seed = 0; seed < 6; seed++) {
      Object original = ModelValues.random(seed).instanceOf(type);
      Object copy = DeepCopyIndex.deepCopy(original);
      assertWithMessage("%s seed %s: fabric8's equals", type.getName(), seed)
          .that(copy)
          .isEqualTo(original);
    }
  }
}

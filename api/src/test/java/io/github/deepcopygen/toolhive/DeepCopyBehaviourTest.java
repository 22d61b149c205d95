package io.github.deepcopygen.toolhive;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.toolhive.testing.Copiers;
import io.github.deepcopygen.toolhive.testing.Graphs;
import io.github.deepcopygen.toolhive.testing.RandomInstances;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the generated copier of every api type on random graphs (nulls, empty and non-empty collections
 * at every depth) and checks what DESIGN.md promises: an equal copy, no shared mutable object, isolation
 * from later changes, and deepCopyInto over an object that held something else.
 */
class DeepCopyBehaviourTest {
  private static final int SEEDS = 60;

  static List<Class<?>> concreteTypes() {
    return ApiTypes.copiedClasses().stream()
        .filter(c -> !Modifier.isAbstract(c.getModifiers()))
        .toList();
  }

  @Test
  void everyUpstreamTypeExistsAndEveryClassHasACopier() throws Exception {
    assertThat(ApiTypes.UPSTREAM).hasSize(55);
    for (Class<?> type : ApiTypes.copiedClasses()) {
      Class<?> copier = Copiers.copierOf(type);
      assertThat(Modifier.isFinal(copier.getModifiers())).isTrue();
      if (!Modifier.isAbstract(type.getModifiers())) {
        assertThat(copier.getMethod("deepCopy", type).getReturnType()).isEqualTo(type);
      }
      assertThat(copier.getMethod("deepCopyInto", type, type)).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void copyEqualsOriginalAndSharesNothingMutable(Class<?> type) throws Exception {
    for (int seed = 0; seed < SEEDS; seed++) {
      Object original = new RandomInstances(seed).instanceOf(type);
      String before = Graphs.render(original);
      Object copy = Copiers.deepCopy(type, original);

      assertWithMessage("seed %s", seed).that(Graphs.render(copy)).isEqualTo(before);
      assertWithMessage("seed %s: copying changed the original", seed)
          .that(Graphs.render(original))
          .isEqualTo(before);
      assertWithMessage("seed %s", seed).that(copy).isEqualTo(original);
      assertNothingShared(original, copy, seed);
      assertThat(Graphs.render(type.getMethod("deepCopy").invoke(original))).isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void changingTheOriginalLeavesTheCopyAlone(Class<?> type) throws Exception {
    for (int seed = 0; seed < SEEDS; seed++) {
      Object original = new RandomInstances(seed).instanceOf(type);
      Object copy = Copiers.deepCopy(type, original);
      String copied = Graphs.render(copy);

      int changes = Graphs.mutateEveryLeaf(original);

      assertWithMessage("seed %s", seed).that(Graphs.render(copy)).isEqualTo(copied);
      if (changes > 0) {
        assertWithMessage("seed %s: the mutation changed nothing", seed)
            .that(Graphs.render(original))
            .isNotEqualTo(copied);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void deepCopyIntoOverwritesAPrefilledObject(Class<?> type) throws Exception {
    for (int seed = 0; seed < SEEDS; seed++) {
      Object source = new RandomInstances(seed).instanceOf(type);
      Object target = new RandomInstances(seed + 10_000, 0.1).instanceOf(type);
      Copiers.deepCopyInto(type, source, target);
      assertWithMessage("seed %s", seed).that(Graphs.render(target)).isEqualTo(Graphs.render(source));
      assertNothingShared(source, target, seed);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void deepCopyOfNullIsNull(Class<?> type) throws Exception {
    assertThat(Copiers.deepCopy(type, null)).isNull();
  }

  /** A subclass the copier does not know would lose its fields: the copier refuses it. */
  @Test
  void anUnknownSubclassIsRefusedNotSliced() {
    class RotatingSecretKeyRef extends io.github.deepcopygen.toolhive.v1alpha1.SecretKeyRef {
      @SuppressWarnings("unused")
      String rotation = "weekly";
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RotatingSecretKeyRef().deepCopy());
    assertThat(e).hasMessageThat().contains("RotatingSecretKeyRef");
    assertThat(e).hasMessageThat().contains("its own fields would be lost");
  }

  private static void assertNothingShared(Object original, Object copy, int seed) {
    Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    shared.addAll(Graphs.mutableNodes(original));
    shared.retainAll(Graphs.mutableNodes(copy));
    assertWithMessage("seed %s: mutable objects shared by original and copy", seed)
        .that(shared)
        .isEmpty();
  }
}

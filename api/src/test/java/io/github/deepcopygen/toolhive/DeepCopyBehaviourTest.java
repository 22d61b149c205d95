package io.github.deepcopygen.toolhive;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.testing.Copiers;
import io.github.deepcopygen.testing.CopyChecks;
import io.github.deepcopygen.testing.Graphs;
import io.github.deepcopygen.testing.RandomInstances;
import java.lang.reflect.Modifier;
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
    CopyChecks.of(type).copyIsEqualAndSharesNothing();
    Graphs graphs = new Graphs(Set.of());
    for (int seed = 0; seed < SEEDS; seed++) {
      Object original = new RandomInstances(seed).instanceOf(type);
      // The api types implement equals, and expose the copy as Go types expose DeepCopy().
      assertWithMessage("seed %s", seed).that(Copiers.deepCopy(type, original)).isEqualTo(original);
      assertThat(graphs.render(type.getMethod("deepCopy").invoke(original)))
          .isEqualTo(graphs.render(original));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void changingTheOriginalLeavesTheCopyAlone(Class<?> type) throws Exception {
    CopyChecks.of(type).copyIsIsolatedFromChanges();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void deepCopyIntoOverwritesAPrefilledObject(Class<?> type) throws Exception {
    CopyChecks.of(type).deepCopyIntoOverwrites();
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
}

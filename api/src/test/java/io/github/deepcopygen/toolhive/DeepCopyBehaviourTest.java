package io.github.deepcopygen.toolhive;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepcopygen.testing.Copiers;
import io.github.deepcopygen.testing.CopyChecks;
import io.github.deepcopygen.testing.Graphs;
import io.github.deepcopygen.testing.RandomInstances;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the generated copier of every api type on random graphs (nulls, empty and non-empty
 * collections at every depth) and checks what the README promises: an equal copy, no shared mutable
 * object, isolation from later changes, and deepCopyInto over an object that held something else.
 */
class DeepCopyBehaviourTest {
  private static final int SEEDS = 60;

  static List<Class<?>> concreteTypes() {
    // The generic fabric8 classes (CustomResource<S, T>, DefaultKubernetesResourceList<T>) are
    // copied as the superclasses of MCPServer and MCPServerList, and their copiers need one
    // operator per type parameter: the checks run on those subclasses.
    return ApiTypes.copiedClasses().stream()
        .filter(c -> !Modifier.isAbstract(c.getModifiers()) && c.getTypeParameters().length == 0)
        .toList();
  }

  private static Class<?>[] concat(Class<?>[] first, Class<?>[] second) {
    Class<?>[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static CopyChecks checks(Class<?> type) {
    return CopyChecks.of(type).includedIn(ApiTypes.siteOf(type));
  }

  @Test
  void everyUpstreamTypeExistsAndEveryClassHasACopier() throws Exception {
    assertThat(ApiTypes.UPSTREAM).hasSize(55);
    for (Class<?> type : ApiTypes.copiedClasses()) {
      Class<?> copier = Copiers.copierOf(type, ApiTypes.siteOf(type));
      assertThat(Modifier.isFinal(copier.getModifiers())).isTrue();
      Class<?>[] operators = new Class<?>[type.getTypeParameters().length];
      Arrays.fill(operators, UnaryOperator.class);
      if (!Modifier.isAbstract(type.getModifiers())) {
        Class<?>[] parameters = concat(new Class<?>[] {type}, operators);
        assertThat(copier.getMethod("deepCopy", parameters).getReturnType()).isEqualTo(type);
      }
      assertThat(copier.getMethod("deepCopyInto", concat(new Class<?>[] {type, type}, operators)))
          .isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void copyEqualsOriginalAndSharesNothingMutable(Class<?> type) throws Exception {
    checks(type).copyIsEqualAndSharesNothing();
    Graphs graphs = new Graphs(Set.of());
    for (int seed = 0; seed < SEEDS; seed++) {
      Object original = new RandomInstances(seed).instanceOf(type);
      Object copy = Copiers.deepCopy(type, ApiTypes.siteOf(type), original);
      // Where a type has equals (ours, and most of fabric8's), it agrees; the lists inherit
      // identity.
      if (type.getMethod("equals", Object.class).getDeclaringClass() != Object.class) {
        assertWithMessage("seed %s", seed).that(copy).isEqualTo(original);
      }
      if (!ApiTypes.FABRIC8.contains(type)) {
        // Ours expose the copy as Go types expose DeepCopy().
        assertThat(graphs.render(type.getMethod("deepCopy").invoke(original)))
            .isEqualTo(graphs.render(original));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void changingTheOriginalLeavesTheCopyAlone(Class<?> type) throws Exception {
    checks(type).copyIsIsolatedFromChanges();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void deepCopyIntoOverwritesAPrefilledObject(Class<?> type) throws Exception {
    checks(type).deepCopyIntoOverwrites();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concreteTypes")
  void deepCopyOfNullIsNull(Class<?> type) throws Exception {
    assertThat(Copiers.deepCopy(type, ApiTypes.siteOf(type), null)).isNull();
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

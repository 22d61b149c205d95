package io.github.deepcopygen.kubernetes;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module covers the whole model: every resource class fabric8 ships has a copier in the index.
 */
class EveryResourceKindTest {

  @Test
  void everyResourceClassOfTheModelHasACopierInTheIndex() {
    List<Class<?>> model = ModelClasses.resourcesAndLists();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : model) {
      // A generic class's copier takes an operator per type parameter, so the index cannot hold it.
      boolean copied =
          type.getTypeParameters().length > 0
              ? exists("io.github.deepcopygen.kubernetes." + type.getSimpleName() + "DeepCopy")
              : DeepCopyIndex.copierFor(type).isPresent();
      if (!copied) {
        missing.add(type.getName());
      }
    }
    assertWithMessage("resource classes without a copier: add them to package-info.java")
        .that(missing)
        .isEmpty();
    // 161 resource kinds and 145 lists in fabric8 7.6.1; the walk reaches the rest.
    assertThat(model.stream().filter(HasMetadata.class::isAssignableFrom).count()).isEqualTo(161);
    assertThat(model.size()).isEqualTo(306);
  }

  private static boolean exists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void theIndexHoldsTheReachedClassesToo() {
    // Listed kinds and lists, and the classes the walk found from them: PodSpec, Quantity,
    // Affinity, ...
    assertThat(DeepCopyIndex.copiers().size()).isGreaterThan(1000);
    assertThat(DeepCopyIndex.copierFor(io.fabric8.kubernetes.api.model.PodSpec.class)).isPresent();
    assertThat(DeepCopyIndex.copierFor(io.fabric8.kubernetes.api.model.Quantity.class)).isPresent();
  }

  @Test
  void theReleasedVersionKeepsThePlainName() {
    assertThat(DeepCopyIndex.copierFor(Deployment.class)).isPresent();
    Deployment deployment = new Deployment();
    assertThat(DeploymentDeepCopy.deepCopy(deployment)).isEqualTo(deployment);
    io.fabric8.kubernetes.api.model.extensions.Deployment beta =
        new io.fabric8.kubernetes.api.model.extensions.Deployment();
    assertThat(Extensions_DeploymentDeepCopy.deepCopy(beta)).isEqualTo(beta);
  }
}

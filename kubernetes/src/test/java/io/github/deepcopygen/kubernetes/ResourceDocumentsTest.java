package io.github.deepcopygen.kubernetes;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.github.deepcopygen.testing.Graphs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents written as kubectl shows them, read with fabric8 as an operator reads them, and copied
 * by the module: the copy equals the original by fabric8's equals, by its JSON and node by node,
 * shares nothing with it, and a change anywhere in the copy (every leaf, and the deep places named
 * below) leaves the original alone.
 */
class ResourceDocumentsTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** A filled additionalProperties map, but FieldsV1's, which holds its whole tree there. */
  private static final Pattern UNKNOWN_FIELDS =
      Pattern.compile("(?<!FieldsV1\\()additionalProperties=java\\.util\\.\\w+\\{[^}]");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "deployment",
        "statefulset",
        "daemonset",
        "job",
        "cronjob",
        "pod",
        "service",
        "ingress",
        "configmap",
        "secret",
        "pvc",
        "networkpolicy",
        "role",
        "rolebinding",
        "hpa",
        "crd"
      })
  void aDocumentCopiesExactlyAndIndependently(String name) {
    HasMetadata original = read(name);
    String json = SERIALIZATION.asJson(original);
    Graphs graphs = new Graphs(Set.of());
    // Every field of the document is one the model knows: a typo would only land in
    // additionalProperties.
    assertWithMessage("%s.yaml: fields fabric8 does not know", name)
        .that(UNKNOWN_FIELDS.matcher(graphs.render(original)).find())
        .isFalse();
    HasMetadata copy = DeepCopyIndex.deepCopy(original);

    assertThat(copy).isNotSameInstanceAs(original);
    assertThat(copy.getClass()).isEqualTo(original.getClass());
    assertThat(copy).isEqualTo(original);
    assertThat(SERIALIZATION.asJson(copy)).isEqualTo(json);
    // Node by node, null apart from empty, every node of its class: but the HashMap Jackson fills
    // in a Quantity is copied, as every Map is, into the LinkedHashMap of its order (copy rule 7).
    Graphs linked = graphs.hashCollectionsAsLinked();
    assertThat(linked.render(copy)).isEqualTo(linked.render(original));
    assertThat(graphs.sharedMutableNodes(original, copy)).isEmpty();

    assertWithMessage("leaves changed in the copy")
        .that(graphs.mutateEveryLeaf(copy))
        .isGreaterThan(10);
    assertThat(SERIALIZATION.asJson(original)).isEqualTo(json);
  }

  @Test
  void aQuantityChangedInTheCopyStaysInTheCopy() {
    changeInCopy(
        "deployment",
        (Deployment d) -> {
          Quantity memory =
              podSpec(d).getContainers().get(0).getResources().getLimits().get("memory");
          memory.setAmount("2");
          memory.setFormat("Gi");
        });
    changeInCopy(
        "statefulset",
        (StatefulSet s) ->
            s.getSpec()
                .getVolumeClaimTemplates()
                .get(0)
                .getSpec()
                .getResources()
                .getRequests()
                .get("storage")
                .setAmount("500"));
  }

  @Test
  void anIntOrStringChangedInTheCopyStaysInTheCopy() {
    changeInCopy(
        "deployment",
        (Deployment d) -> {
          IntOrString surge = d.getSpec().getStrategy().getRollingUpdate().getMaxSurge();
          surge.setValue("50%");
        });
    changeInCopy(
        "service", (Service s) -> s.getSpec().getPorts().get(0).getTargetPort().setValue(9999));
    changeInCopy(
        "networkpolicy",
        (NetworkPolicy p) ->
            p.getSpec().getIngress().get(0).getPorts().get(1).getPort().setValue("https"));
  }

  @Test
  @SuppressWarnings("unchecked") // fieldsV1 is JSON: objects are maps of strings to JSON values
  void aFieldsV1TreeChangedInTheCopyStaysInTheCopy() {
    changeInCopy(
        "deployment",
        (Deployment d) -> {
          Map<String, Object> fields =
              d.getMetadata().getManagedFields().get(0).getFieldsV1().getAdditionalProperties();
          Map<String, Object> spec = (Map<String, Object>) fields.get("f:spec");
          spec.put("f:paused", Map.of());
          ((Map<String, Object>) ((Map<String, Object>) fields.get("f:metadata")).get("f:labels"))
              .clear();
        });
  }

  @Test
  void anAffinityTermChangedInTheCopyStaysInTheCopy() {
    changeInCopy(
        "deployment",
        (Deployment d) -> {
          var term =
              podSpec(d)
                  .getAffinity()
                  .getPodAntiAffinity()
                  .getPreferredDuringSchedulingIgnoredDuringExecution()
                  .get(0)
                  .getPodAffinityTerm();
          term.getLabelSelector().getMatchLabels().put("tier", "other");
          term.setTopologyKey("kubernetes.io/zone");
          podSpec(d)
              .getAffinity()
              .getNodeAffinity()
              .getRequiredDuringSchedulingIgnoredDuringExecution()
              .getNodeSelectorTerms()
              .get(0)
              .getMatchExpressions()
              .get(0)
              .getValues()
              .add("s390x");
        });
  }

  @Test
  void aSchemaAndAnAutoscalerChangedInTheCopyStayInTheCopy() {
    changeInCopy(
        "crd",
        (CustomResourceDefinition crd) -> {
          JSONSchemaProps spec =
              crd.getSpec()
                  .getVersions()
                  .get(0)
                  .getSchema()
                  .getOpenAPIV3Schema()
                  .getProperties()
                  .get("spec");
          spec.getProperties().get("size").setMinimum(5.0);
          spec.getProperties().get("ports").getXKubernetesListMapKeys().add("port");
          spec.getXKubernetesValidations().get(0).setRule("true");
        });
    changeInCopy(
        "hpa",
        (HorizontalPodAutoscaler hpa) -> {
          hpa.getSpec()
              .getMetrics()
              .get(1)
              .getPods()
              .getTarget()
              .getAverageValue()
              .setAmount("900");
          hpa.getSpec().getBehavior().getScaleDown().getPolicies().get(0).setValue(10);
        });
  }

  /**
   * Reads the document, copies it, changes the copy, and checks the original against its first
   * JSON.
   */
  @SuppressWarnings("unchecked") // each caller names the class its document holds
  private static <T extends HasMetadata> void changeInCopy(String name, Consumer<T> change) {
    T original = (T) read(name);
    String json = SERIALIZATION.asJson(original);
    T copy = DeepCopyIndex.deepCopy(original);
    change.accept(copy);
    assertWithMessage("%s: the change reached the copy", name)
        .that(SERIALIZATION.asJson(copy))
        .isNotEqualTo(json);
    assertWithMessage("%s: the original", name)
        .that(SERIALIZATION.asJson(original))
        .isEqualTo(json);
  }

  private static PodSpec podSpec(Deployment deployment) {
    return deployment.getSpec().getTemplate().getSpec();
  }

  private static HasMetadata read(String name) {
    try (InputStream in =
        ResourceDocumentsTest.class.getResourceAsStream("/documents/" + name + ".yaml")) {
      Object read = SERIALIZATION.unmarshal(in);
      assertWithMessage("%s.yaml", name).that(read).isInstanceOf(HasMetadata.class);
      return (HasMetadata) read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

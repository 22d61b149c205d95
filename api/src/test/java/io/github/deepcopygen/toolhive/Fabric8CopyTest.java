package io.github.deepcopygen.toolhive;

import static com.google.common.truth.Truth.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An MCPServer as the API server sends it, with fabric8's metadata at full depth: the generated
 * copy shares none of it, where fabric8's own builder copy shares the nested maps of managed
 * fields.
 */
class Fabric8CopyTest {

  /** {@code fieldsV1} is an open JSON object: {"f:metadata": {"f:labels": {"f:app": {}}}}. */
  private static FieldsV1 fieldsV1() {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("f:app", new LinkedHashMap<String, Object>());
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("f:labels", labels);
    FieldsV1 fields = new FieldsV1();
    fields.setAdditionalProperty("f:metadata", metadata);
    return fields;
  }

  static MCPServer server() {
    ManagedFieldsEntry managed =
        new ManagedFieldsEntryBuilder()
            .withManager("kubectl")
            .withOperation("Apply")
            .withApiVersion("toolhive.stacklok.dev/v1alpha1")
            .withFieldsType("FieldsV1")
            .withFieldsV1(fieldsV1())
            .build();
    ObjectMeta metadata =
        new ObjectMetaBuilder()
            .withName("fetch")
            .withNamespace("toolhive-system")
            .withGeneration(4L)
            .addToLabels("app", "fetch")
            .addToAnnotations("toolhive.stacklok.dev/restarted-at", "2026-11-24T10:00:00Z")
            .addToFinalizers("toolhive.stacklok.dev/finalizer")
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion("toolhive.stacklok.dev/v1alpha1")
                    .withKind("MCPGroup")
                    .withName("default")
                    .withUid("5f0c4e9a")
                    .withController(true)
                    .build())
            .withManagedFields(new ArrayList<>(List.of(managed)))
            .build();
    metadata.setAdditionalProperty("x-extension", new ArrayList<>(List.of(1, "two")));

    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/gofetch/server:latest");
    spec.setReplicas(2);
    MCPServerStatus status = new MCPServerStatus();
    Condition ready =
        new ConditionBuilder()
            .withType("Ready")
            .withStatus("True")
            .withReason("DeploymentAvailable")
            .withObservedGeneration(4L)
            .build();
    status.setConditions(new ArrayList<>(List.of(ready)));

    MCPServer server = new MCPServer();
    server.setMetadata(metadata);
    server.setSpec(spec);
    server.setStatus(status);
    return server;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> labelsOfManagedFields(ObjectMeta metadata) {
    Map<String, Object> fields =
        metadata.getManagedFields().get(0).getFieldsV1().getAdditionalProperties();
    return (Map<String, Object>) ((Map<String, Object>) fields.get("f:metadata")).get("f:labels");
  }

  @Test
  void theCopyOwnsEveryFabric8ObjectAtEveryDepth() {
    MCPServer original = server();
    MCPServer copy = original.deepCopy();

    assertThat(copy).isEqualTo(original);
    ObjectMeta in = original.getMetadata();
    ObjectMeta out = copy.getMetadata();
    assertThat(out).isNotSameInstanceAs(in);
    assertThat(out.getLabels()).isNotSameInstanceAs(in.getLabels());
    assertThat(out.getFinalizers()).isNotSameInstanceAs(in.getFinalizers());
    assertThat(out.getOwnerReferences().get(0)).isNotSameInstanceAs(in.getOwnerReferences().get(0));
    assertThat(out.getManagedFields().get(0).getFieldsV1())
        .isNotSameInstanceAs(in.getManagedFields().get(0).getFieldsV1());
    assertThat(labelsOfManagedFields(out)).isNotSameInstanceAs(labelsOfManagedFields(in));
    assertThat(out.getAdditionalProperties().get("x-extension"))
        .isNotSameInstanceAs(in.getAdditionalProperties().get("x-extension"));
    assertThat(copy.getStatus().getConditions().get(0))
        .isNotSameInstanceAs(original.getStatus().getConditions().get(0));
  }

  @Test
  void changingTheCopyAtEveryDepthLeavesTheOriginalAlone() {
    MCPServer original = server();
    String before = original.toString();
    MCPServer copy = original.deepCopy();

    copy.getMetadata().getLabels().put("scaled", "yes");
    copy.getMetadata().getOwnerReferences().get(0).setName("other");
    labelsOfManagedFields(copy.getMetadata()).put("f:scaled", Map.of());
    copy.getStatus().getConditions().get(0).setStatus("False");
    copy.getSpec().setReplicas(5);

    assertThat(original.toString()).isEqualTo(before);
    assertThat(labelsOfManagedFields(original.getMetadata())).containsExactly("f:app", Map.of());
  }

  /** Why fabric8's builders are not the copy: they copy maps one level deep. */
  @Test
  void fabric8sBuilderCopySharesTheNestedMapsOfManagedFields() {
    ObjectMeta original = server().getMetadata();
    ObjectMeta byBuilder = new ObjectMetaBuilder(original).build();
    assertThat(labelsOfManagedFields(byBuilder)).isSameInstanceAs(labelsOfManagedFields(original));
  }
}

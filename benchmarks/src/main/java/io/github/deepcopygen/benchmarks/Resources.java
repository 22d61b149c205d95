package io.github.deepcopygen.benchmarks;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.github.deepcopygen.toolhive.v1alpha1.EnvVar;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerPhase;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerStatus;
import io.github.deepcopygen.toolhive.v1alpha1.SecretKeyRef;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageConfig;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageProvider;
import io.github.deepcopygen.toolhive.v1alpha1.Volume;
import java.util.ArrayList;
import java.util.List;

/** An MCPServer as an informer cache holds it: metadata, a scaled-out spec with Redis sessions, a status. */
final class Resources {
  private Resources() {}

  static MCPServer mcpServer() {
    SecretKeyRef password = new SecretKeyRef();
    password.setName("redis-secret");
    password.setKey("password");
    SessionStorageConfig storage = new SessionStorageConfig();
    storage.setProvider(SessionStorageProvider.REDIS);
    storage.setAddress("redis.toolhive.svc:6379");
    storage.setDb(1);
    storage.setKeyPrefix("thv:fetch:");
    storage.setPasswordRef(password);

    List<EnvVar> env = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      EnvVar var = new EnvVar();
      var.setName("VAR_" + i);
      var.setValue("value-" + i);
      env.add(var);
    }
    List<Volume> volumes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Volume volume = new Volume();
      volume.setName("data-" + i);
      volume.setHostPath("/var/lib/fetch/" + i);
      volume.setMountPath("/data/" + i);
      volumes.add(volume);
    }

    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/gofetch/server:latest");
    spec.setTransport("streamable-http");
    spec.setProxyPort(8080);
    spec.setMcpPort(8081);
    spec.setArgs(new ArrayList<>(List.of("--verbose", "--port=8081")));
    spec.setEnv(env);
    spec.setVolumes(volumes);
    spec.setReplicas(3);
    spec.setBackendReplicas(2);
    spec.setSessionStorage(storage);

    List<Condition> conditions = new ArrayList<>();
    conditions.add(new ConditionBuilder().withType("Ready").withStatus("True").withReason("DeploymentAvailable")
        .withMessage("3 of 3 replicas ready").withObservedGeneration(4L)
        .withLastTransitionTime("2026-11-24T10:00:00Z").build());
    conditions.add(new ConditionBuilder().withType("SessionStorageReady").withStatus("True").withReason("Connected")
        .withObservedGeneration(4L).withLastTransitionTime("2026-11-24T10:00:00Z").build());
    MCPServerStatus status = new MCPServerStatus();
    status.setConditions(conditions);
    status.setObservedGeneration(4L);
    status.setPhase(MCPServerPhase.READY);
    status.setUrl("http://fetch.toolhive-system.svc:8080");
    status.setReadyReplicas(3);

    MCPServer server = new MCPServer();
    server.setMetadata(new ObjectMetaBuilder()
        .withName("fetch").withNamespace("toolhive-system").withUid("0b6c7d1e-5f0c-4e9a")
        .withResourceVersion("48213").withGeneration(4L).withCreationTimestamp("2026-11-20T08:00:00Z")
        .addToLabels("app.kubernetes.io/name", "fetch").addToLabels("app.kubernetes.io/managed-by", "toolhive")
        .addToAnnotations("toolhive.stacklok.dev/restarted-at", "2026-11-24T09:59:00Z")
        .addToFinalizers("toolhive.stacklok.dev/finalizer")
        .withOwnerReferences(new OwnerReferenceBuilder().withApiVersion("toolhive.stacklok.dev/v1alpha1")
            .withKind("MCPGroup").withName("default").withUid("5f0c4e9a").withController(true).build())
        .build());
    server.setSpec(spec);
    server.setStatus(status);
    return server;
  }
}

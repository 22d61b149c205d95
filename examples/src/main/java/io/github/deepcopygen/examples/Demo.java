package io.github.deepcopygen.examples;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.github.deepcopygen.toolhive.v1alpha1.EnvVar;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerDeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;
import io.github.deepcopygen.toolhive.v1alpha1.SecretKeyRef;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageConfig;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageProvider;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator's reconcile loop does: take the cached MCPServer, copy it, change the copy, and
 * leave the cached object exactly as it was.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    MCPServer cached = cachedServer();
    String before = cached.toString();

    // The generated copier; cached.deepCopy() does the same.
    MCPServer copy = MCPServerDeepCopy.deepCopy(cached);
    copy.getSpec().setReplicas(5);
    copy.getSpec().getSessionStorage().setAddress("redis-ha.toolhive.svc:6379");
    copy.getSpec().getSessionStorage().getPasswordRef().setName("redis-ha-secret");
    copy.getSpec().getEnv().get(0).setValue("debug");
    copy.getMetadata().getLabels().put("scaled-by", "demo");

    out.println(
        "deepcopy-gen demo: copy a cached MCPServer, change the copy, keep the cache intact");
    out.println();
    print(out, "cached", cached);
    print(out, "copy  ", copy);
    out.println();
    boolean untouched = cached.toString().equals(before);
    out.println(
        untouched
            ? "The cached MCPServer is unchanged: the copy shares no mutable object with it."
            : "BUG: changing the copy changed the cached MCPServer.");
    if (!untouched) {
      throw new IllegalStateException("the copy shares state with the original");
    }
  }

  private static void print(PrintStream out, String label, MCPServer server) {
    MCPServerSpec spec = server.getSpec();
    SessionStorageConfig storage = spec.getSessionStorage();
    out.printf(
        "%s: replicas=%s sessionStorage=%s@%s password=%s/%s LOG_LEVEL=%s labels=%s%n",
        label,
        spec.getReplicas(),
        storage.getProvider().value(),
        storage.getAddress(),
        storage.getPasswordRef().getName(),
        storage.getPasswordRef().getKey(),
        spec.getEnv().get(0).getValue(),
        server.getMetadata().getLabels());
  }

  /** An MCPServer as an informer cache would hold it, scaled out with Redis session storage. */
  static MCPServer cachedServer() {
    SecretKeyRef password = new SecretKeyRef();
    password.setName("redis-secret");
    password.setKey("password");

    SessionStorageConfig storage = new SessionStorageConfig();
    storage.setProvider(SessionStorageProvider.REDIS);
    storage.setAddress("redis.toolhive.svc:6379");
    storage.setKeyPrefix("thv:fetch:");
    storage.setPasswordRef(password);

    EnvVar logLevel = new EnvVar();
    logLevel.setName("LOG_LEVEL");
    logLevel.setValue("info");
    List<EnvVar> env = new ArrayList<>();
    env.add(logLevel);

    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/gofetch/server:latest");
    spec.setTransport("streamable-http");
    spec.setProxyPort(8080);
    spec.setEnv(env);
    spec.setReplicas(3);
    spec.setBackendReplicas(2);
    spec.setSessionStorage(storage);

    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app", "fetch");
    ObjectMeta metadata = new ObjectMeta();
    metadata.setName("fetch");
    metadata.setNamespace("toolhive-system");
    metadata.setLabels(labels);

    // fabric8 derives apiVersion and kind from @Group, @Version and the class name.
    MCPServer server = new MCPServer();
    server.setMetadata(metadata);
    server.setSpec(spec);
    return server;
  }
}

package io.github.deepcopygen.josdk;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerDeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;
import io.github.deepcopygen.toolhive.v1alpha1.SecretKeyRef;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageConfig;
import io.github.deepcopygen.toolhive.v1alpha1.SessionStorageProvider;
import io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServerDeepCopy;
import io.javaoperatorsdk.operator.api.config.BaseConfigurationService;
import io.javaoperatorsdk.operator.api.config.Cloner;
import io.javaoperatorsdk.operator.api.config.ConfigurationService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cloner, plugged into JOSDK's configuration as an operator would, copies with the generated
 * copiers.
 */
class DeepCopyClonerTest {
  /** The classes the fallback was asked to clone. */
  private final List<Class<?>> fellBack = new ArrayList<>();

  private final Cloner recordingFallback =
      new Cloner() {
        private final Cloner jsonRoundTrip = DeepCopyCloner.builder().build();

        @Override
        public <R extends HasMetadata> R clone(R object) {
          fellBack.add(object.getClass());
          return jsonRoundTrip.clone(object);
        }
      };

  private ConfigurationService configuredWith(Cloner cloner) {
    return ConfigurationService.newOverriddenConfigurationService(
        new BaseConfigurationService(), overrider -> overrider.withResourceCloner(cloner));
  }

  private DeepCopyCloner toolhiveCloner() {
    return DeepCopyCloner.builder()
        .copier(MCPServer.class, MCPServerDeepCopy::deepCopy)
        .copier(VirtualMCPServer.class, VirtualMCPServerDeepCopy::deepCopy)
        .fallback(recordingFallback)
        .build();
  }

  static MCPServer cachedServer() {
    SecretKeyRef password = new SecretKeyRef();
    password.setName("redis-secret");
    password.setKey("password");
    SessionStorageConfig storage = new SessionStorageConfig();
    storage.setProvider(SessionStorageProvider.REDIS);
    storage.setAddress("redis.toolhive.svc:6379");
    storage.setPasswordRef(password);
    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/gofetch/server:latest");
    spec.setReplicas(3);
    spec.setSessionStorage(storage);
    MCPServer server = new MCPServer();
    server.setMetadata(
        new ObjectMetaBuilder()
            .withName("fetch")
            .withNamespace("toolhive-system")
            .addToLabels("app", "fetch")
            .build());
    server.setSpec(spec);
    return server;
  }

  @Test
  void josdkHandsOutTheConfiguredCloner() {
    DeepCopyCloner cloner = toolhiveCloner();
    assertThat(configuredWith(cloner).getResourceCloner()).isSameInstanceAs(cloner);
  }

  @Test
  void aKnownResourceIsCopiedByItsGeneratedCopierAndSharesNothing() {
    Cloner cloner = configuredWith(toolhiveCloner()).getResourceCloner();
    MCPServer cached = cachedServer();
    String before = cached.toString();

    MCPServer copy = cloner.clone(cached);
    copy.getSpec().setReplicas(5);
    copy.getSpec().getSessionStorage().getPasswordRef().setName("other");
    copy.getMetadata().getLabels().put("scaled", "yes");

    assertThat(fellBack).isEmpty();
    assertThat(copy).isNotSameInstanceAs(cached);
    assertThat(cached.toString()).isEqualTo(before);
    assertThat(cloner.clone(cached)).isEqualTo(cached);
  }

  @Test
  void anUnknownResourceGoesToTheFallback() {
    Cloner cloner = configuredWith(toolhiveCloner()).getResourceCloner();
    ConfigMap config =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("vmcp")
            .endMetadata()
            .addToData("a", "b")
            .build();

    ConfigMap copy = cloner.clone(config);

    assertThat(fellBack).containsExactly(ConfigMap.class);
    assertThat(copy).isEqualTo(config);
    assertThat(copy).isNotSameInstanceAs(config);
    assertThat(copy.getData()).isNotSameInstanceAs(config.getData());
  }

  /**
   * A subclass has fields the copier does not know: it is the fallback's, never sliced by the
   * copier.
   */
  @Group("example.com")
  @Version("v1")
  public static class PinnedMCPServer extends MCPServer {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aSubclassOfAKnownResourceGoesToTheFallback() {
    Cloner cloner = toolhiveCloner();
    PinnedMCPServer pinned = new PinnedMCPServer();
    pinned.setMetadata(new ObjectMetaBuilder().withName("pinned").build());

    PinnedMCPServer copy = cloner.clone(pinned);

    assertThat(fellBack).containsExactly(PinnedMCPServer.class);
    assertThat(copy).isNotSameInstanceAs(pinned);
    assertThat(copy.getMetadata().getName()).isEqualTo("pinned");
  }

  @Test
  void nullClonesToNull() {
    assertThat(toolhiveCloner().clone((MCPServer) null)).isNull();
  }

  @Test
  void aClassRegisteredTwiceIsAMistake() {
    DeepCopyCloner.Builder builder =
        DeepCopyCloner.builder().copier(MCPServer.class, MCPServerDeepCopy::deepCopy);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.copier(MCPServer.class, s -> s));
    assertThat(e).hasMessageThat().contains(MCPServer.class.getName());
  }

  @Test
  void theDefaultFallbackIsFabric8sRoundTrip() {
    DeepCopyCloner cloner = DeepCopyCloner.builder().build();
    MCPServer cached = cachedServer();
    assertThat(cloner.copies(MCPServer.class)).isFalse();
    MCPServer copy = cloner.clone(cached);
    assertThat(copy).isEqualTo(cached);
    assertThat(copy.getSpec().getSessionStorage())
        .isNotSameInstanceAs(cached.getSpec().getSessionStorage());
  }

  @Test
  void theWholeKubernetesModelTakesOneCall() {
    DeepCopyCloner cloner =
        DeepCopyCloner.builder()
            .index(io.github.deepcopygen.kubernetes.DeepCopyIndex::copierFor)
            .copier(MCPServer.class, MCPServerDeepCopy::deepCopy)
            .fallback(recordingFallback)
            .build();
    ConfigurationService configuration =
        ConfigurationService.newOverriddenConfigurationService(
            new BaseConfigurationService(),
            overrider ->
                overrider
                    .withResourceCloner(cloner)
                    .withCloneSecondaryResourcesWhenGettingFromCache(true));
    Cloner configured = configuration.getResourceCloner();
    Deployment deployment =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("fetch")
            .addToLabels("app", "fetch")
            .endMetadata()
            .withNewSpec()
            .withReplicas(2)
            .withNewTemplate()
            .withNewSpec()
            .addNewContainer()
            .withName("mcp")
            .withImage("fetch:1")
            .withNewResources()
            .addToLimits("memory", new Quantity("512Mi"))
            .endResources()
            .endContainer()
            .endSpec()
            .endTemplate()
            .endSpec()
            .build();
    ConfigMap config =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("vmcp")
            .endMetadata()
            .addToData("a", "b")
            .build();

    Deployment copy = configured.clone(deployment);
    copy.getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getResources()
        .getLimits()
        .get("memory")
        .setAmount("1");

    assertThat(configuration.cloneSecondaryResourcesWhenGettingFromCache()).isTrue();
    assertThat(configured.clone(deployment)).isEqualTo(deployment);
    assertThat(
            deployment
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getResources()
                .getLimits()
                .get("memory")
                .getAmount())
        .isEqualTo("512");
    assertThat(configured.clone(config)).isEqualTo(config);
    assertThat(configured.clone(cachedServer())).isEqualTo(cachedServer());
    assertThat(fellBack).isEmpty();
    // Every resource kind of the model; its lists and the classes they reach are no resources.
    assertThat(cloner.copies(Deployment.class)).isTrue();
    assertThat(cloner.copies(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class)).isTrue();
    assertThat(
            cloner.copies(
                io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition.class))
        .isTrue();
  }

  @Test
  void aWholeMapOfCopiersTakesOneCallToo() {
    DeepCopyCloner cloner =
        DeepCopyCloner.builder()
            .copiers(io.github.deepcopygen.kubernetes.DeepCopyIndex.copiers())
            .fallback(recordingFallback)
            .build();
    ConfigMap config =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("vmcp")
            .endMetadata()
            .addToData("a", "b")
            .build();

    assertThat(cloner.clone(config)).isEqualTo(config);
    assertThat(cloner.clone(config).getData()).isNotSameInstanceAs(config.getData());
    assertThat(fellBack).isEmpty();
    assertThat(cloner.copies(MCPServer.class)).isFalse();
  }

  @Test
  void aCopierRegisteredOneByOneComesBeforeTheIndex() {
    List<ConfigMap> seen = new ArrayList<>();
    DeepCopyCloner cloner =
        DeepCopyCloner.builder()
            .index(io.github.deepcopygen.kubernetes.DeepCopyIndex::copierFor)
            .copier(
                ConfigMap.class,
                c -> {
                  seen.add(c);
                  return new ConfigMapBuilder(c).build();
                })
            .build();
    ConfigMap config =
        new ConfigMapBuilder().withNewMetadata().withName("vmcp").endMetadata().build();

    cloner.clone(config);

    assertThat(seen).containsExactly(config);
  }

  @Test
  void aResourceClassRegisteredTwiceIsRefused() {
    DeepCopyCloner.Builder builder =
        DeepCopyCloner.builder().copiers(io.github.deepcopygen.kubernetes.DeepCopyIndex.copiers());
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> builder.copier(ConfigMap.class, c -> c));
    assertThat(refused)
        .hasMessageThat()
        .isEqualTo("a copier for io.fabric8.kubernetes.api.model.ConfigMap is already registered");
  }
}

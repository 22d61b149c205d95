package io.github.deepcopygen.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.github.deepcopygen.josdk.DeepCopyCloner;
import io.github.deepcopygen.kubernetes.DeepCopyIndex;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerDeepCopy;
import io.javaoperatorsdk.operator.api.config.BaseConfigurationService;
import io.javaoperatorsdk.operator.api.config.Cloner;
import io.javaoperatorsdk.operator.api.config.ConfigurationService;
import io.javaoperatorsdk.operator.api.config.Utils;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What JOSDK spends cloning a cached MCPServer and a cached Deployment: its default cloner
 * (fabric8's serialization round trip, through the operator's client) against {@link
 * DeepCopyCloner} with the generated copiers, the Kubernetes model's taken from deepcopy-kubernetes
 * in one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ClonerBenchmark {
  private MCPServer cached;
  private Deployment cachedDeployment;
  private ConfigurationService josdkDefault;
  private Cloner josdkDefaultCloner;
  private Cloner deepCopyCloner;

  @Setup
  public void setUp() {
    cached = Fixtures.mcpServer();
    cachedDeployment = Fixtures.document("deployment", Deployment.class);
    // The default configuration, with a client built as an operator builds it (no cluster is
    // contacted).
    josdkDefault =
        new BaseConfigurationService(Utils.VERSION, null, new KubernetesClientBuilder().build());
    josdkDefaultCloner = josdkDefault.getResourceCloner();
    deepCopyCloner =
        ConfigurationService.newOverriddenConfigurationService(
                josdkDefault,
                o ->
                    o.withResourceCloner(
                        DeepCopyCloner.builder()
                            .index(DeepCopyIndex::copierFor)
                            .copier(MCPServer.class, MCPServerDeepCopy::deepCopy)
                            .build()))
            .getResourceCloner();
    check("JOSDK default cloner", josdkDefaultCloner, cached);
    check("DeepCopyCloner", deepCopyCloner, cached);
    check("JOSDK default cloner", josdkDefaultCloner, cachedDeployment);
    check("DeepCopyCloner", deepCopyCloner, cachedDeployment);
  }

  private static <R extends HasMetadata> void check(String name, Cloner cloner, R resource) {
    String problem = Verification.problemWith(cloner::clone, resource);
    if (problem != null) {
      throw new IllegalStateException(name + " on " + resource.getKind() + " " + problem);
    }
  }

  @TearDown
  public void tearDown() {
    josdkDefault.getKubernetesClient().close();
  }

  @Benchmark
  public MCPServer josdkDefaultCloner() {
    return josdkDefaultCloner.clone(cached);
  }

  @Benchmark
  public MCPServer deepCopyCloner() {
    return deepCopyCloner.clone(cached);
  }

  @Benchmark
  public Deployment josdkDefaultClonerDeployment() {
    return josdkDefaultCloner.clone(cachedDeployment);
  }

  @Benchmark
  public Deployment deepCopyClonerDeployment() {
    return deepCopyCloner.clone(cachedDeployment);
  }

  /** The floor under both: fabric8's CustomResource constructor, which every copy runs once. */
  @Benchmark
  public MCPServer newMCPServer() {
    return new MCPServer();
  }
}

package io.github.deepcopygen.example.modular;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The copiers of a named module work, and leave out the {@code @Generated} the module cannot see.
 */
class ModularCopyTest {

  @Test
  void copiesInsideANamedModuleShareNothingMutable() {
    Cluster cluster = cluster();
    Cluster copy = ClusterDeepCopy.deepCopy(cluster);

    assertThat(copy.getName()).isEqualTo("prod");
    assertThat(copy.getNodes()).hasSize(2);
    assertThat(copy.getNodes().get(0).getPorts()).containsExactly(80, 443).inOrder();
    assertThat(copy.getLabels()).containsExactly("tier", "web");

    cluster.getNodes().get(0).getPorts().add(8080);
    cluster.getNodes().get(1).setHost("changed");
    cluster.getLabels().put("tier", "db");
    assertThat(copy.getNodes().get(0).getPorts()).containsExactly(80, 443).inOrder();
    assertThat(copy.getNodes().get(1).getHost()).isEqualTo("b.example");
    assertThat(copy.getLabels()).containsExactly("tier", "web");
  }

  @Test
  void theCopiersAreInTheModuleAndItsExportedPackage() {
    Module module = ClusterDeepCopy.class.getModule();
    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("io.github.deepcopygen.example.modular");
    assertThat(NodeDeepCopy.class.getModule()).isEqualTo(module);
  }

  @Test
  void generatedIsLeftOutBecauseTheModuleDoesNotReadJavaCompiler() throws IOException {
    Path generated =
        Path.of(
            System.getProperty("deepcopy.generatedSources"),
            "io/github/deepcopygen/example/modular/ClusterDeepCopy.java");
    String source = Files.readString(generated, StandardCharsets.UTF_8);
    assertThat(source).contains("public final class ClusterDeepCopy");
    assertThat(source).doesNotContain("@Generated");
  }

  private static Cluster cluster() {
    Node a = new Node();
    a.setHost("a.example");
    a.setPorts(new ArrayList<>(List.of(80, 443)));
    Node b = new Node();
    b.setHost("b.example");
    Cluster cluster = new Cluster();
    cluster.setName("prod");
    cluster.setNodes(new ArrayList<>(List.of(a, b)));
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("tier", "web");
    cluster.setLabels(labels);
    return cluster;
  }
}

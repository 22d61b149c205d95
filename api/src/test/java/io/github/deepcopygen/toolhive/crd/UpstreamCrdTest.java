package io.github.deepcopygen.toolhive.crd;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our CRDs against upstream's controller-gen CRDs (test data under {@code upstream/crds}, see its
 * ORIGIN.md), fact by fact ({@link CrdFacts}). Until they are equal, every difference is listed in
 * {@code upstream/crd-gaps/<crd>.txt}: {@code - fact} is upstream's and missing here, {@code +
 * fact} is ours and not upstream's. The test fails when the differences are not exactly that list,
 * so a gap can only close, never open unnoticed; after closing some, rewrite the list with {@code
 * -Ddeepcopy.updateCrdGaps=true} and read its diff. Issue 14 is done when both lists are empty. The
 * only differences allowed are {@link ApiServerEquivalences}, applied to both sides.
 */
class UpstreamCrdTest {

  @ParameterizedTest
  @ValueSource(strings = {"mcpservers", "virtualmcpservers"})
  void differencesFromUpstreamAreExactlyTheListedGaps(String plural) throws IOException {
    TreeSet<String> upstream = ApiServerEquivalences.normalized(upstream(plural));
    TreeSet<String> ours =
        ApiServerEquivalences.normalized(Crds.manifest(plural + ".toolhive.stacklok.dev"));
    List<String> gaps = new ArrayList<>();
    upstream.stream().filter(fact -> !ours.contains(fact)).forEach(fact -> gaps.add("- " + fact));
    ours.stream().filter(fact -> !upstream.contains(fact)).forEach(fact -> gaps.add("+ " + fact));
    Path listed = resources().resolve("upstream/crd-gaps/" + plural + ".txt");
    String actual = String.join("\n", gaps) + "\n";
    if (Boolean.getBoolean("deepcopy.updateCrdGaps")) {
      Files.createDirectories(listed.getParent());
      Files.writeString(listed, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(listed) ? Files.readString(listed, StandardCharsets.UTF_8) : "";
    System.out.printf(
        "%s: upstream %d facts, ours %d; missing %d, not upstream's %d%n",
        plural,
        upstream.size(),
        ours.size(),
        gaps.stream().filter(g -> g.startsWith("-")).count(),
        gaps.stream().filter(g -> g.startsWith("+")).count());
    assertWithMessage(
            "differences from upstream's %s CRD; if gaps were closed on purpose, rewrite %s"
                + " with -Ddeepcopy.updateCrdGaps=true",
            plural, listed)
        .that(actual)
        .isEqualTo(expected);
  }

  private static JsonNode upstream(String plural) {
    String resource = "upstream/crds/toolhive.stacklok.dev_" + plural + ".yaml";
    try (InputStream in = UpstreamCrdTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resources() {
    String configured = System.getProperty("deepcopy.apiTestResources");
    return configured != null && !configured.isEmpty()
        ? Paths.get(configured)
        : Paths.get("src", "test", "resources");
  }
}

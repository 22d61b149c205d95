package io.github.deepcopygen.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of a run that measured some groups only: tables and targets for what ran, nothing for
 * the rest.
 */
class ReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aGraphOnlyRunHasTheGraphTablesAndTargetsAndNoResourceTables(@TempDir Path results)
      throws IOException {
    ArrayNode runs = JSON.createArrayNode();
    runs.add(run("GraphCopy.generated", 8_000, 18_000));
    runs.add(run("GraphCopy.kryo", 16_000, 10_000));
    runs.add(run("GraphCopy.fory", 12_000, 10_000));
    runs.add(run("GraphOption.withoutOption", 10_000, 48_000));
    runs.add(run("GraphOption.withOptionTreeCopy", 12_000, 48_000));
    runs.add(run("GraphOption.withOptionGraphCopy", 20_000, 64_000));
    Files.writeString(results.resolve("jmh.json"), JSON.writeValueAsString(runs));
    // The check before timing covers every group, measured or not: a resource's failure stays out
    // of the tables.
    Files.writeString(
        results.resolve("verification.tsv"),
        "MCPServerCopy.javaSerialization\tthrows NotSerializableException\nGraphCopy.generated\tok\n");
    Files.writeString(results.resolve("chart.svg"), "<svg/>");

    Report.main(new String[] {results.toString()});

    String summary = Files.readString(results.resolve("summary.md"));
    assertThat(summary).contains("| generated | 8,000 | 1.00x | 18,000 | 1.00x |");
    assertThat(summary).contains("| kryo | 16,000 | 2.00x | 10,000 | 0.56x |");
    assertThat(summary).contains("| withOptionGraphCopy | 20,000 | 2.00x | 64,000 | 1.33x |");
    assertThat(summary)
        .contains(
            "deepCopyGraph at most the fastest run-time copier keeping references: 0.67x, met");
    assertThat(summary)
        .contains(
            "deepCopy of a tree at most 1.1x the same tree without the option: 1.20x, MISSED");
    assertThat(summary).doesNotContain("one copy");
    assertThat(summary).doesNotContain("NotSerializableException");
    assertThat(Files.exists(results.resolve("chart.svg"))).isFalse();
  }

  @Test
  void aResourceRunHasItsTableAndChartAndNoGraphTables(@TempDir Path results) throws IOException {
    ArrayNode runs = JSON.createArrayNode();
    runs.add(run("PodCopy.generated", 900, 3_000));
    runs.add(run("PodCopy.kryo", 4_500, 3_300));
    Files.writeString(results.resolve("jmh.json"), JSON.writeValueAsString(runs));

    Report.main(new String[] {results.toString()});

    String summary = Files.readString(results.resolve("summary.md"));
    assertThat(summary).contains("## Pod: one copy");
    assertThat(summary).contains("| kryo | 4,500 |  | 5.00x |");
    assertThat(summary).doesNotContain("## MCPServer: one copy");
    assertThat(summary).doesNotContain("Graph copy");
    assertThat(Files.readString(results.resolve("chart.svg"))).contains(">Pod</text>");
    assertThat(Files.readString(results.resolve("chart.svg"))).doesNotContain(">MCPServer</text>");
  }

  /** One benchmark as JMH writes it, with every measured iteration at {@code nanos}. */
  private static ObjectNode run(String benchmark, double nanos, double bytes) {
    ObjectNode run = JSON.createObjectNode();
    run.put("jmhVersion", "1.37")
        .put("benchmark", "io.github.deepcopygen.benchmarks." + benchmark)
        .put("forks", 2)
        .put("warmupIterations", 5)
        .put("measurementIterations", 5)
        .put("vmName", "OpenJDK 64-Bit Server VM")
        .put("vmVersion", "17");
    ObjectNode primary = run.putObject("primaryMetric");
    primary.put("scoreUnit", "ns/op");
    ArrayNode fork = primary.putArray("rawData").addArray();
    for (int i = 0; i < 5; i++) {
      fork.add(nanos);
    }
    run.putObject("secondaryMetrics").putObject("gc.alloc.rate.norm").put("score", bytes);
    return run;
  }
}

package io.github.deepcopygen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON into {@code summary.md} (medians, bytes per operation, ratios to the hand-written
 * copy, the targets of DESIGN.md section 10) and {@code chart.svg}. Run alone to redo them from a
 * saved run: {@code java -cp benchmarks.jar io.github.deepcopygen.benchmarks.Report results-folder}.
 */
public final class Report {
  private static final String[] RESOURCES = {
    "MCPServerCopy", "VirtualMCPServerCopy", "MCPServerSpecCopy", "DeploymentCopy", "PodCopy"
  };

  /** One benchmark's figures: median score, bytes allocated per operation. */
  record Row(String benchmark, Map<String, String> params, double median, double bytes, String unit) {}

  private Report() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    write(results.resolve("jmh.json"), results.resolve("verification.tsv"), results);
  }

  static void write(Path json, Path checks, Path results) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(json.toFile());
    List<Row> rows = new ArrayList<>();
    for (JsonNode run : runs) {
      List<Double> raw = new ArrayList<>();
      run.path("primaryMetric").path("rawData").forEach(fork -> fork.forEach(value -> raw.add(value.asDouble())));
      Map<String, String> params = new LinkedHashMap<>();
      run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      String name = run.path("benchmark").asText();
      rows.add(new Row(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), params,
          median(raw), run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN),
          run.path("primaryMetric").path("scoreUnit").asText()));
    }
    Map<String, String> problems = new LinkedHashMap<>();
    if (Files.exists(checks)) {
      for (String line : Files.readAllLines(checks)) {
        String[] parts = line.split("\t", 2);
        problems.put(parts[0], parts[1]);
      }
    }
    JsonNode first = runs.size() > 0 ? runs.get(0) : null;
    Files.writeString(results.resolve("summary.md"), summary(rows, problems, first));
    Files.writeString(results.resolve("chart.svg"), Chart.svg(rows, RESOURCES, CopyMethods.NAMES));
  }

  private static String summary(List<Row> rows, Map<String, String> problems, JsonNode first) {
    StringBuilder out = new StringBuilder("# Benchmark summary\n\n");
    out.append("Written by `Report` from `jmh.json`. Medians of all measured iterations of all forks.\n");
    if (first != null) {
      out.append(String.format(Locale.ROOT, "JVM: %s %s; JMH %s; copy benchmarks %d forks x %d warmup + %d "
              + "measured iterations of 1 s.%n",
          first.path("vmName").asText(), first.path("vmVersion").asText(), first.path("jmhVersion").asText(),
          first.path("forks").asInt(), first.path("warmupIterations").asInt(),
          first.path("measurementIterations").asInt()));
    }
    for (String resource : RESOURCES) {
      Row hand = find(rows, resource + ".handWritten");
      Row generated = find(rows, resource + ".generated");
      out.append("\n## ").append(resource.replace("Copy", "")).append(": one copy\n\n");
      out.append("| method | ns per copy | vs hand-written | vs generated | bytes per copy | vs hand-written |\n");
      out.append("|---|---:|---:|---:|---:|---:|\n");
      for (String method : CopyMethods.NAMES) {
        String id = resource + "." + method;
        Row row = find(rows, id);
        String problem = problems.get(id);
        if (row != null) {
          out.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %,.0f | %s |%n", method, row.median(),
              ratio(row.median(), hand == null ? Double.NaN : hand.median()),
              ratio(row.median(), generated == null ? Double.NaN : generated.median()), row.bytes(),
              ratio(row.bytes(), hand == null ? Double.NaN : hand.bytes())));
        } else if (problem != null && !problem.equals("ok")) {
          out.append("| ").append(method).append(" | not timed: ").append(problem.replace("|", "\\|"))
              .append(" | | | | |\n");
        }
      }
    }
    List<Row> cloners = rows.stream().filter(r -> r.benchmark().startsWith("ClonerBenchmark.")).toList();
    if (!cloners.isEmpty()) {
      out.append("\n## JOSDK cloners on an MCPServer and a Deployment\n\n| cloner | ns per clone | bytes per clone |\n|---|---:|---:|\n");
      for (Row row : cloners) {
        out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f |%n",
            row.benchmark().substring("ClonerBenchmark.".length()), row.median(), row.bytes()));
      }
    }
    List<Row> cost = rows.stream().filter(r -> r.benchmark().startsWith("ProcessorCost.")).toList();
    if (!cost.isEmpty()) {
      out.append("\n## Processor cost: javac on N synthetic @DeepCopy types (ms, median of single shots)\n\n");
      out.append("| N | -proc:none | -proc:only | only / none | full, with processor | full / none "
          + "| -proc:only per 1,000 types |\n|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String n : cost.stream().map(r -> r.params().get("types")).distinct().toList()) {
        double none = param(cost, "ProcessorCost.procNone", n);
        double only = param(cost, "ProcessorCost.procOnly", n);
        double full = param(cost, "ProcessorCost.fullWithProcessor", n);
        out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f | %,.0f | %.2f | %,.0f |%n",
            n, none, only, only / none, full, full / none, only / Integer.parseInt(n) * 1000));
      }
    }
    out.append("\n## Targets (DESIGN.md section 10)\n\n");
    for (String resource : RESOURCES) {
      Row hand = find(rows, resource + ".handWritten");
      Row generated = find(rows, resource + ".generated");
      if (hand == null || generated == null) {
        continue;
      }
      String name = resource.replace("Copy", "");
      out.append(target(name + ": generated within 5% of hand-written time",
          generated.median() / hand.median(), generated.median() <= hand.median() * 1.05, "x"));
      out.append(target(name + ": generated allocates no more bytes than hand-written",
          generated.bytes() / hand.bytes(), generated.bytes() <= hand.bytes(), "x"));
      Row kryo = find(rows, resource + ".kryo");
      if (kryo != null) {
        out.append(target(name + ": at least 10x faster than Kryo",
            kryo.median() / generated.median(), kryo.median() >= 10 * generated.median(), "x faster"));
      }
      Row fabric8 = find(rows, resource + ".fabric8Clone");
      if (fabric8 != null) {
        out.append(target(name + ": at least 40x faster than fabric8's clone (DESIGN.md)",
            fabric8.median() / generated.median(), fabric8.median() >= 40 * generated.median(), "x faster"));
      }
      Row jackson = find(rows, resource + ".jacksonBytes");
      if (jackson != null) {
        out.append(target(name + ": at least 40x faster than the Jackson round trip (issue 6)",
            jackson.median() / generated.median(), jackson.median() >= 40 * generated.median(), "x faster"));
      }
    }
    if (!cost.isEmpty()) {
      String largest = cost.get(cost.size() - 1).params().get("types");
      double none = param(cost, "ProcessorCost.procNone", largest);
      double only = param(cost, "ProcessorCost.procOnly", largest);
      out.append(target("-proc:only at most a fifth of -proc:none (N = " + largest + ")", only / none,
          only <= none / 5, "x"));
    }
    return out.toString();
  }

  private static String target(String what, double value, boolean met, String unit) {
    return String.format(Locale.ROOT, "- %s: %.2f%s, %s%n", what, value, unit, met ? "met" : "MISSED");
  }

  private static String ratio(double value, double base) {
    return Double.isNaN(base) || base == 0 ? "" : String.format(Locale.ROOT, "%.2fx", value / base);
  }

  /** The row of {@code benchmark} ({@code Class.method}), or null when it was not run. */
  static Row find(List<Row> rows, String benchmark) {
    return rows.stream().filter(r -> r.benchmark().equals(benchmark)).findFirst().orElse(null);
  }

  private static double param(List<Row> rows, String benchmark, String types) {
    return rows.stream()
        .filter(r -> r.benchmark().equals(benchmark) && types.equals(r.params().get("types")))
        .mapToDouble(Row::median).findFirst().orElse(Double.NaN);
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}

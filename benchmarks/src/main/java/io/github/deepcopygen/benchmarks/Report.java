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
 * Turns JMH's JSON into {@code summary.md} (medians, bytes per operation, ratios to the
 * hand-written copy and to the construction floor, the processors side by side, the targets) and
 * {@code chart.svg}. Run alone to redo them from a saved run: {@code java -cp benchmarks.jar
 * io.github.deepcopygen.benchmarks.Report results-folder}.
 */
public final class Report {
  private static final String[] RESOURCES = {
    "MCPServerCopy",
    "VirtualMCPServerCopy",
    "MCPServerSpecCopy",
    "DeploymentCopy",
    "PodCopy",
    "KafkaCopy",
    "OpenApiCopy"
  };

  /** One benchmark's figures: median score, bytes allocated per operation. */
  record Row(
      String benchmark, Map<String, String> params, double median, double bytes, String unit) {}

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
      run.path("primaryMetric")
          .path("rawData")
          .forEach(fork -> fork.forEach(value -> raw.add(value.asDouble())));
      Map<String, String> params = new LinkedHashMap<>();
      run.path("params")
          .fields()
          .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      String name = run.path("benchmark").asText();
      rows.add(
          new Row(
              name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
              params,
              median(raw),
              run.path("secondaryMetrics")
                  .path("gc.alloc.rate.norm")
                  .path("score")
                  .asDouble(Double.NaN),
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
    Path heap = results.resolve("heap.tsv");
    List<String> heaps = Files.exists(heap) ? Files.readAllLines(heap) : List.of();
    // A run of some groups only (a graph run, say) has no table and no bars for the resources it
    // left out.
    String[] measured =
        Arrays.stream(RESOURCES)
            .filter(
                resource ->
                    rows.stream().anyMatch(row -> row.benchmark().startsWith(resource + ".")))
            .toArray(String[]::new);
    Files.writeString(
        results.resolve("summary.md"), summary(rows, problems, first, measured) + heapTable(heaps));
    Path chart = results.resolve("chart.svg");
    if (measured.length > 0) {
      Files.writeString(chart, Chart.svg(rows, measured, CopyMethods.NAMES));
    } else {
      Files.deleteIfExists(chart);
    }
  }

  /** The graph copies side by side, and what graph = true costs a tree (issue 18). */
  private static String graphTables(List<Row> rows, Map<String, String> problems) {
    StringBuilder out = new StringBuilder();
    Row generated = find(rows, "GraphCopy.generated");
    if (generated != null) {
      out.append(
          "\n## Graph copy: a document of 111 nodes with parent links and 6 shared styles\n\n");
      out.append(
          "| method | ns per copy | vs generated | bytes per copy | vs generated |\n|---|---:|---:|---:|---:|\n");
      for (String method : GraphMethods.NAMES) {
        Row row = find(rows, "GraphCopy." + method);
        String problem = problems.get("GraphCopy." + method);
        if (row != null) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %,.0f | %s | %,.0f | %s |%n",
                  method,
                  row.median(),
                  ratio(row.median(), generated.median()),
                  row.bytes(),
                  ratio(row.bytes(), generated.bytes())));
        } else if (problem != null && !problem.equals("ok")) {
          out.append("| ")
              .append(method)
              .append(" | not timed: ")
              .append(problem.replace("|", "\\|"))
              .append(" | | | |\n");
        }
      }
    }
    Row without = find(rows, "GraphOption.withoutOption");
    if (without != null) {
      out.append("\n## graph = true on a tree of 156 items\n\n");
      out.append(
          "| copy | ns per copy | vs without the option | bytes per copy | vs without the option |\n"
              + "|---|---:|---:|---:|---:|\n");
      for (String method : List.of("withoutOption", "withOptionTreeCopy", "withOptionGraphCopy")) {
        Row row = find(rows, "GraphOption." + method);
        if (row != null) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %,.0f | %s | %,.0f | %s |%n",
                  method,
                  row.median(),
                  ratio(row.median(), without.median()),
                  row.bytes(),
                  ratio(row.bytes(), without.bytes())));
        }
      }
    }
    return out.toString();
  }

  private static String summary(
      List<Row> rows, Map<String, String> problems, JsonNode first, String[] resources) {
    StringBuilder out = new StringBuilder("# Benchmark summary\n\n");
    out.append(
        "Written by `Report` from `jmh.json`. Medians of all measured iterations of all forks.\n");
    if (first != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "JVM: %s %s; JMH %s; copy benchmarks %d forks x %d warmup + %d "
                  + "measured iterations of 1 s.%n",
              first.path("vmName").asText(),
              first.path("vmVersion").asText(),
              first.path("jmhVersion").asText(),
              first.path("forks").asInt(),
              first.path("warmupIterations").asInt(),
              first.path("measurementIterations").asInt()));
    }
    for (String resource : resources) {
      Row hand = find(rows, resource + ".handWritten");
      Row generated = find(rows, resource + ".generated");
      out.append("\n## ").append(resource.replace("Copy", "")).append(": one copy\n\n");
      Row floor = find(rows, resource + ".floor");
      out.append(
          "| method | ns per copy | vs hand-written | vs generated | vs floor | bytes per copy "
              + "| vs hand-written | vs floor |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      List<String> methods = new ArrayList<>(List.of("floor"));
      methods.addAll(List.of(CopyMethods.NAMES));
      for (String method : methods) {
        String id = resource + "." + method;
        Row row = find(rows, id);
        String problem = problems.get(id);
        if (row != null) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %,.0f | %s | %s | %s | %,.0f | %s | %s |%n",
                  method.equals("floor") ? "construction floor" : method,
                  row.median(),
                  ratio(row.median(), hand == null ? Double.NaN : hand.median()),
                  ratio(row.median(), generated == null ? Double.NaN : generated.median()),
                  ratio(row.median(), floor == null ? Double.NaN : floor.median()),
                  row.bytes(),
                  ratio(row.bytes(), hand == null ? Double.NaN : hand.bytes()),
                  ratio(row.bytes(), floor == null ? Double.NaN : floor.bytes())));
        } else if (problem != null && !problem.equals("ok")) {
          out.append("| ")
              .append(method)
              .append(" | not timed: ")
              .append(problem.replace("|", "\\|"))
              .append(" | | | | | | |\n");
        }
      }
    }
    List<Row> cloners =
        rows.stream().filter(r -> r.benchmark().startsWith("ClonerBenchmark.")).toList();
    if (!cloners.isEmpty()) {
      out.append(
          "\n## JOSDK cloners on an MCPServer and a Deployment\n\n| cloner | ns per clone | bytes per clone |\n|---|---:|---:|\n");
      for (Row row : cloners) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %,.0f | %,.0f |%n",
                row.benchmark().substring("ClonerBenchmark.".length()),
                row.median(),
                row.bytes()));
      }
    }
    List<Row> loops = rows.stream().filter(r -> r.benchmark().startsWith("ListLoops.")).toList();
    if (!loops.isEmpty()) {
      out.append(
          "\n## List helpers: indexed loop when RandomAccess, against for-each (ns per list copy)\n\n");
      out.append(
          "| elements | indexed when RandomAccess | for-each | indexed / for-each |\n|---:|---:|---:|---:|\n");
      for (String size : distinct(loops, "size")) {
        double indexed = sized(loops, "ListLoops.indexedWhenRandomAccess", size);
        double forEach = sized(loops, "ListLoops.forEach", size);
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %,.1f | %,.1f | %.3f |%n",
                size,
                indexed,
                forEach,
                indexed / forEach));
      }
    }
    out.append(graphTables(rows, problems));
    List<Row> cost = rows.stream().filter(r -> r.benchmark().startsWith("ProcessorCost.")).toList();
    if (!cost.isEmpty()) {
      out.append(
          "\n## Processor cost: javac 17 on N synthetic types per processor (ms, median of single shots)\n\n");
      out.append(
          "own share = -proc:only minus the replay of the same files; per type in microseconds.\n\n");
      out.append(
          "| processor | N | -proc:none | -proc:only | replay | own share | own per type µs "
              + "| own / none | full compile | full / none |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String processor : distinct(cost, "processor")) {
        for (String n : distinct(cost, "types")) {
          double none = param(cost, "ProcessorCost.procNone", processor, n);
          double only = param(cost, "ProcessorCost.procOnly", processor, n);
          double replay = param(cost, "ProcessorCost.replayOnly", processor, n);
          double full = param(cost, "ProcessorCost.fullWithProcessor", processor, n);
          double own = only - replay;
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %.2f | %,.0f | %.2f |%n",
                  processor,
                  n,
                  none,
                  only,
                  replay,
                  own,
                  own / Integer.parseInt(n) * 1000,
                  own / none,
                  full,
                  full / none));
        }
      }
    }
    StringBuilder targets = new StringBuilder();
    for (String resource : RESOURCES) {
      Row hand = find(rows, resource + ".handWritten");
      Row generated = find(rows, resource + ".generated");
      Row floor = find(rows, resource + ".floor");
      String name = resource.replace("Copy", "");
      if (hand != null && generated != null) {
        targets.append(
            target(
                name + ": generated at most the hand-written copy's time",
                generated.median() / hand.median(),
                generated.median() <= hand.median(),
                "x"));
        // JMH reports bytes per operation with fractions of a byte (3,664.01 against 3,664.00):
        // whole bytes.
        targets.append(
            target(
                name + ": generated allocates at most the hand-written copy's bytes",
                generated.bytes() / hand.bytes(),
                Math.round(generated.bytes()) <= Math.round(hand.bytes()),
                "x"));
      }
      if (floor != null && generated != null) {
        targets.append(
            target(
                name + ": generated at most 1.3x the construction floor",
                generated.median() / floor.median(),
                generated.median() <= 1.3 * floor.median(),
                "x"));
      }
    }
    if (!cost.isEmpty()) {
      for (String n : distinct(cost, "types")) {
        double ours = ownPerType(cost, Peer.DEEPCOPY.name(), n);
        double cheapest =
            distinct(cost, "processor").stream()
                .filter(p -> !p.equals(Peer.DEEPCOPY.name()))
                .mapToDouble(p -> ownPerType(cost, p, n))
                .min()
                .orElse(Double.NaN);
        targets.append(
            target(
                "N = " + n + ": deepcopy-gen's own share per type at most the cheapest peer's",
                ours / cheapest,
                ours <= cheapest,
                "x"));
      }
    }
    Row without = find(rows, "GraphOption.withoutOption");
    Row treeCopy = find(rows, "GraphOption.withOptionTreeCopy");
    if (without != null && treeCopy != null) {
      // Issue 18: trees pay nothing for graph = true; 10% is the noise of one run on this machine.
      targets.append(
          target(
              "graph = true: deepCopy of a tree at most 1.1x the same tree without the option",
              treeCopy.median() / without.median(),
              treeCopy.median() <= 1.1 * without.median(),
              "x"));
    }
    Row graph = find(rows, "GraphCopy.generated");
    double runtime =
        Arrays.stream(GraphMethods.NAMES)
            .filter(m -> !m.equals("generated"))
            .map(m -> find(rows, "GraphCopy." + m))
            .filter(r -> r != null)
            .mapToDouble(Row::median)
            .min()
            .orElse(Double.NaN);
    if (graph != null && !Double.isNaN(runtime)) {
      targets.append(
          target(
              "deepCopyGraph at most the fastest run-time copier keeping references",
              graph.median() / runtime,
              graph.median() <= runtime,
              "x"));
    }
    if (targets.length() > 0) {
      out.append("\n## Targets\n\n").append(targets);
    }
    return out.toString();
  }

  private static String heapTable(List<String> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder(
            "\n## Peak heap of one compilation of the largest N (MB; "
                + BenchmarkMain.HEAP
                + ", a JVM each)\n\n"
                + "| processor | N | compilation | most live after a GC | most used, sampled every 2 ms |\n|---|---:|---|---:|---:|\n");
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts.length == 5) {
        out.append("| ").append(String.join(" | ", parts)).append(" |\n");
      } else {
        out.append("| ").append(line.replace("|", "\\|")).append(" | | | | |\n");
      }
    }
    return out.toString();
  }

  private static double ownPerType(List<Row> cost, String processor, String n) {
    return (param(cost, "ProcessorCost.procOnly", processor, n)
            - param(cost, "ProcessorCost.replayOnly", processor, n))
        / Integer.parseInt(n);
  }

  private static List<String> distinct(List<Row> rows, String param) {
    return rows.stream().map(r -> r.params().get(param)).distinct().toList();
  }

  private static String target(String what, double value, boolean met, String unit) {
    return String.format(
        Locale.ROOT, "- %s: %.2f%s, %s%n", what, value, unit, met ? "met" : "MISSED");
  }

  private static String ratio(double value, double base) {
    return Double.isNaN(base) || base == 0 ? "" : String.format(Locale.ROOT, "%.2fx", value / base);
  }

  /** The row of {@code benchmark} ({@code Class.method}), or null when it was not run. */
  static Row find(List<Row> rows, String benchmark) {
    return rows.stream().filter(r -> r.benchmark().equals(benchmark)).findFirst().orElse(null);
  }

  private static double sized(List<Row> rows, String benchmark, String size) {
    return rows.stream()
        .filter(r -> r.benchmark().equals(benchmark) && size.equals(r.params().get("size")))
        .mapToDouble(Row::median)
        .findFirst()
        .orElse(Double.NaN);
  }

  private static double param(List<Row> rows, String benchmark, String processor, String types) {
    return rows.stream()
        .filter(
            r ->
                r.benchmark().equals(benchmark)
                    && types.equals(r.params().get("types"))
                    && processor.equals(r.params().get("processor")))
        .mapToDouble(Row::median)
        .findFirst()
        .orElse(Double.NaN);
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

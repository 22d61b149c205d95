package io.github.deepcopygen.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.deepcopygen.benchmarks.graph.GraphFixtures;
import io.github.deepcopygen.benchmarks.graph.GraphItemDeepCopy;
import io.github.deepcopygen.benchmarks.graph.TreeItemDeepCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark command: checks every copy method once, runs every benchmark that passed in one JMH
 * run with the GC profiler, and writes JMH's JSON, the check results and a readable summary with a
 * chart.
 *
 * <p>Arguments: the results folder (default {@code benchmarks/results}), then any JMH include
 * patterns to run a subset (default: all).
 */
public final class BenchmarkMain {
  private static final String[] DEFAULT_TYPES = {"500", "2000", "8000"};

  /**
   * From this many types on (or -Dbench.oneShotTypes), the processors get a single measured shot.
   */
  private static final String ONE_SHOT_TYPES = "8000";

  /**
   * Immutables holds about 1.5 GB live on 2,000 types: 8,000 need room, in the forks and the heap
   * JVMs.
   */
  static final String HEAP = "-Xmx12g";

  private BenchmarkMain() {}

  public static void main(String[] args) throws IOException, RunnerException {
    Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    Files.createDirectories(results);

    Map<String, String> problems = new LinkedHashMap<>();
    List<String> includes = new ArrayList<>();
    check("MCPServerCopy", CopyMethods.mcpServer(), problems, includes);
    check("VirtualMCPServerCopy", CopyMethods.virtualMcpServer(), problems, includes);
    check("MCPServerSpecCopy", CopyMethods.mcpServerSpec(), problems, includes);
    check("DeploymentCopy", CopyMethods.deployment(), problems, includes);
    check("PodCopy", CopyMethods.pod(), problems, includes);
    check("KafkaCopy", CopyMethods.kafka(), problems, includes);
    check("OpenApiCopy", CopyMethods.openApi(), problems, includes);
    checkGraphs(problems, includes);
    includes.add("ClonerBenchmark\\.");
    includes.add("ListLoops\\.");
    includes.add("ProcessorCost\\.");
    Path checks = results.resolve("verification.tsv");
    StringBuilder tsv = new StringBuilder();
    problems.forEach(
        (benchmark, problem) ->
            tsv.append(benchmark)
                .append('\t')
                // One line per method: a problem's message may span several.
                .append(problem == null ? "ok" : problem.replaceAll("\\s*\\R\\s*", " "))
                .append('\n'));
    Files.writeString(checks, tsv);
    problems.forEach(
        (benchmark, problem) ->
            System.out.println(
                (problem == null ? "copies correctly: " : "NOT TIMED: ")
                    + benchmark
                    + (problem == null ? "" : ": " + problem)));

    Path json = results.resolve("jmh.json");
    List<String> subset = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    // -Dbench.types=500,2000 measures the processors on fewer sizes than ProcessorCost's three.
    String sizes = System.getProperty("bench.types", "");
    List<String> types = List.of(sizes.isEmpty() ? DEFAULT_TYPES : sizes.split(","));
    int oneShotFrom = Integer.parseInt(System.getProperty("bench.oneShotTypes", ONE_SHOT_TYPES));
    List<String> oneShot = types.stream().filter(n -> Integer.parseInt(n) >= oneShotFrom).toList();
    List<String> repeated = types.stream().filter(n -> !oneShot.contains(n)).toList();
    boolean processors = subset.isEmpty() || subset.stream().anyMatch("ProcessorCost"::startsWith);

    ChainedOptionsBuilder options = options(json);
    boolean any = false;
    for (String include : includes) {
      boolean wanted = subset.isEmpty() || subset.stream().anyMatch(include::startsWith);
      if (wanted && (!include.startsWith("ProcessorCost") || !repeated.isEmpty())) {
        options.include(include);
        any = true;
      }
    }
    if (!repeated.isEmpty()) {
      options.param("types", repeated.toArray(String[]::new));
    }
    if (any) {
      // JMH runs every benchmark when given no pattern: run it only with one.
      new Runner(options.build()).run();
    }
    if (processors && !oneShot.isEmpty()) {
      // A full compile of 8,000 types with Immutables takes minutes: one warm-up and one measured
      // shot.
      Path large = results.resolve("jmh-large.json");
      new Runner(
              options(large, HEAP)
                  .include("ProcessorCost\\.")
                  .param("types", oneShot.toArray(String[]::new))
                  .warmupIterations(1)
                  .measurementIterations(1)
                  .build())
          .run();
      if (any) {
        merge(json, large);
      } else {
        Files.move(large, json, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (processors) {
      peakHeaps(results.resolve("heap.tsv"), types.get(types.size() - 1));
    }

    Report.write(json, checks, results);
    System.out.println(
        "Results: " + results.resolve("summary.md") + ", " + results.resolve("chart.svg"));
  }

  /**
   * JMH's options for one run; {@code jvmArguments} replace the benchmarks' own {@code @Fork} ones.
   */
  private static ChainedOptionsBuilder options(Path json, String... jvmArguments) {
    List<String> arguments = new ArrayList<>(List.of("-Dslf4j.internal.verbosity=ERROR"));
    arguments.addAll(List.of(jvmArguments));
    return new OptionsBuilder()
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend(arguments.toArray(String[]::new))
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
  }

  /** Appends the runs of {@code more} to those of {@code json}, so one file holds the whole run. */
  private static void merge(Path json, Path more) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode runs = (ArrayNode) mapper.readTree(json.toFile());
    runs.addAll((ArrayNode) mapper.readTree(more.toFile()));
    mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), runs);
    Files.delete(more);
  }

  /** Each processor's peak heap on the largest sources, each compilation in a JVM of its own. */
  private static void peakHeaps(Path tsv, String types) throws IOException {
    StringBuilder lines = new StringBuilder();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    for (Peer peer : Peer.values()) {
      for (String compilation : List.of("procNone", "fullWithProcessor")) {
        Process process =
            new ProcessBuilder(
                    java,
                    HEAP,
                    "-cp",
                    classPath,
                    ProcessorHeap.class.getName(),
                    peer.name(),
                    types,
                    compilation)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        try {
          process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
        lines.append(output.substring(output.lastIndexOf('\n') + 1)).append('\n');
      }
    }
    Files.writeString(tsv, lines);
  }

  /**
   * The graph copies must give the same graph (sharing and cycles kept); the option's three copies
   * of a tree must copy it, the graph copy as a graph.
   */
  private static void checkGraphs(Map<String, String> problems, List<String> includes) {
    GraphMethods methods = new GraphMethods();
    for (String name : GraphMethods.NAMES) {
      admit(
          "GraphCopy." + name,
          Verification.graphProblemWith(methods.byName(name), GraphFixtures.document()),
          problems,
          includes);
    }
    admit(
        "GraphOption.withoutOption",
        Verification.problemWith(TreeItemDeepCopy::deepCopy, GraphFixtures.treeItems()),
        problems,
        includes);
    admit(
        "GraphOption.withOptionTreeCopy",
        Verification.problemWith(GraphItemDeepCopy::deepCopy, GraphFixtures.graphItems()),
        problems,
        includes);
    admit(
        "GraphOption.withOptionGraphCopy",
        Verification.graphProblemWith(GraphItemDeepCopy::deepCopyGraph, GraphFixtures.graphItems()),
        problems,
        includes);
  }

  private static void admit(
      String benchmark, String problem, Map<String, String> problems, List<String> includes) {
    problems.put(benchmark, problem);
    if (problem == null) {
      includes.add(benchmark.replace(".", "\\.") + "$");
    }
  }

  private static <T> void check(
      String benchmark,
      CopyMethods<T> methods,
      Map<String, String> problems,
      List<String> includes) {
    T original = methods.fixture.get();
    if (methods.floor != null) {
      // The floor must build the very graph a copy makes, or it is no floor.
      String problem = Verification.problemWith(in -> methods.floor.get(), original);
      problems.put(benchmark + ".floor", problem);
      if (problem == null) {
        includes.add(benchmark + "\\.floor$");
      }
    }
    for (String name : CopyMethods.NAMES) {
      UnaryOperator<T> method = methods.byName(name);
      String problem =
          method == null
              ? "no hand-written copy of this class exists"
              : Verification.problemWith(method, original);
      problems.put(benchmark + "." + name, problem);
      if (problem == null) {
        includes.add(benchmark + "\\." + name + "$");
      }
    }
  }
}

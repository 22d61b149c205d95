package io.github.deepcopygen.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The benchmark command: checks every copy method once, runs every benchmark that passed in one JMH run
 * with the GC profiler, and writes JMH's JSON, the check results and a readable summary with a chart.
 *
 * <p>Arguments: the results folder (default {@code benchmarks/results}), then any JMH include
 * patterns to run a subset (default: all).
 */
public final class BenchmarkMain {
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
    includes.add("ClonerBenchmark\\.");
    includes.add("ProcessorCost\\.");
    Path checks = results.resolve("verification.tsv");
    StringBuilder tsv = new StringBuilder();
    problems.forEach((benchmark, problem) ->
        tsv.append(benchmark).append('\t').append(problem == null ? "ok" : problem).append('\n'));
    Files.writeString(checks, tsv);
    problems.forEach((benchmark, problem) ->
        System.out.println((problem == null ? "copies correctly: " : "NOT TIMED: ") + benchmark
            + (problem == null ? "" : ": " + problem)));

    Path json = results.resolve("jmh.json");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Dslf4j.internal.verbosity=ERROR")
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
    List<String> subset = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    for (String include : includes) {
      if (subset.isEmpty() || subset.stream().anyMatch(include::startsWith)) {
        options.include(include);
      }
    }
    new Runner(options.build()).run();

    Report.write(json, checks, results);
    System.out.println("Results: " + results.resolve("summary.md") + ", " + results.resolve("chart.svg"));
  }

  private static <T> void check(
      String benchmark, CopyMethods<T> methods, Map<String, String> problems, List<String> includes) {
    T original = methods.fixture.get();
    for (String name : CopyMethods.NAMES) {
      UnaryOperator<T> method = methods.byName(name);
      String problem = method == null ? "no hand-written copy of this class exists"
          : Verification.problemWith(method, original);
      problems.put(benchmark + "." + name, problem);
      if (problem == null) {
        includes.add(benchmark + "\\." + name + "$");
      }
    }
  }
}

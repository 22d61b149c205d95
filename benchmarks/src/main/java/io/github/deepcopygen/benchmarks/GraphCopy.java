package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.benchmarks.graph.Document;
import io.github.deepcopygen.benchmarks.graph.GraphFixtures;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One copy of a document graph (parent links, shared styles, bookmarks into the tree) by each copy
 * that keeps sharing and cycles. {@link BenchmarkMain} times only the methods that passed the graph
 * check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GraphCopy {
  private GraphMethods methods;
  private Document original;

  @Setup
  public void setUp() {
    methods = new GraphMethods();
    original = GraphFixtures.document();
  }

  @Benchmark
  public Document generated() {
    return methods.generated(original);
  }

  @Benchmark
  public Document kryo() {
    return methods.kryo(original);
  }

  @Benchmark
  public Document fory() {
    return methods.fory(original);
  }
}

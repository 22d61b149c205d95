package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.benchmarks.graph.GraphFixtures;
import io.github.deepcopygen.benchmarks.graph.GraphItem;
import io.github.deepcopygen.benchmarks.graph.GraphItemDeepCopy;
import io.github.deepcopygen.benchmarks.graph.TreeItem;
import io.github.deepcopygen.benchmarks.graph.TreeItemDeepCopy;
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
 * What {@code graph = true} costs a tree: the same tree of 156 items copied by the copier of a type
 * without the option, by the {@code deepCopy} of the same type with it, and by its {@code
 * deepCopyGraph}, which keeps an identity map of every object it copies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GraphOption {
  private TreeItem tree;
  private GraphItem graph;

  @Setup
  public void setUp() {
    tree = GraphFixtures.treeItems();
    graph = GraphFixtures.graphItems();
  }

  @Benchmark
  public TreeItem withoutOption() {
    return TreeItemDeepCopy.deepCopy(tree);
  }

  @Benchmark
  public GraphItem withOptionTreeCopy() {
    return GraphItemDeepCopy.deepCopy(graph);
  }

  @Benchmark
  public GraphItem withOptionGraphCopy() {
    return GraphItemDeepCopy.deepCopyGraph(graph);
  }
}

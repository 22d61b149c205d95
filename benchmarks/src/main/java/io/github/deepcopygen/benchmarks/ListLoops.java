package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.toolhive.v1alpha1.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The A/B of the loop every list helper of a copier carries: an indexed loop when the list is
 * {@code RandomAccess}, else for-each, against a plain for-each as the hand-written copy has it, on
 * an {@code ArrayList} of API objects, each body as the copier writes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ListLoops {
  @Param({"3", "16", "256"})
  public int size;

  private List<EnvVar> list;

  @Setup
  public void fill() {
    list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      EnvVar var = new EnvVar();
      var.setName("VAR_" + i);
      var.setValue("value-" + i);
      list.add(var);
    }
  }

  @Benchmark
  public List<EnvVar> indexedWhenRandomAccess() {
    List<EnvVar> in = list;
    List<EnvVar> out = new ArrayList<>(in.size());
    if (in instanceof RandomAccess) {
      for (int i = 0, size = in.size(); i < size; i++) {
        EnvVar element = in.get(i);
        out.add(element == null ? null : element.deepCopy());
      }
    } else {
      for (EnvVar element : in) {
        out.add(element == null ? null : element.deepCopy());
      }
    }
    return out;
  }

  @Benchmark
  public List<EnvVar> forEach() {
    List<EnvVar> in = list;
    List<EnvVar> out = new ArrayList<>(in.size());
    for (EnvVar element : in) {
      out.add(element == null ? null : element.deepCopy());
    }
    return out;
  }
}

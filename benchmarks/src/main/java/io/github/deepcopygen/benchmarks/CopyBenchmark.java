package io.github.deepcopygen.benchmarks;

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
 * One copy of a fully populated resource by each method, side by side. {@link BenchmarkMain} runs
 * only the methods that passed {@link Verification} on this resource; the others are reported, not
 * timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public abstract class CopyBenchmark<T> {
  private CopyMethods<T> methods;
  private T original;

  /** The resource class and its copy methods. */
  abstract CopyMethods<T> methods();

  @Setup
  public void setUp() {
    methods = methods();
    original = methods.fixture.get();
  }

  /** No copy: the same graph built from constants, what any copy must at least spend. */
  @Benchmark
  public T floor() {
    return methods.floor.get();
  }

  @Benchmark
  public T handWritten() {
    return methods.handWritten.apply(original);
  }

  @Benchmark
  public T generated() {
    return methods.generated.apply(original);
  }

  @Benchmark
  public T kryo() {
    return methods.kryo(original);
  }

  @Benchmark
  public T fory() {
    return methods.fory(original);
  }

  @Benchmark
  public T fabric8Clone() {
    return methods.fabric8Clone(original);
  }

  @Benchmark
  public T jacksonBytes() {
    return methods.jacksonBytes(original);
  }

  @Benchmark
  public T jacksonTree() {
    return methods.jacksonTree(original);
  }

  @Benchmark
  public T jacksonConvert() {
    return methods.jacksonConvert(original);
  }

  @Benchmark
  public T javaSerialization() {
    return methods.javaSerialization(original);
  }
}

package io.github.deepcopygen.benchmarks;

import io.fabric8.kubernetes.api.model.Pod;

/** The copy benchmarks on fabric8's Pod, as the kubernetes module's document has it. */
public class PodCopy extends CopyBenchmark<Pod> {
  @Override
  CopyMethods<Pod> methods() {
    return CopyMethods.pod();
  }
}

package io.github.deepcopygen.benchmarks;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The copy benchmarks on fabric8's Deployment, as the kubernetes module's document has it. */
public class DeploymentCopy extends CopyBenchmark<Deployment> {
  @Override
  CopyMethods<Deployment> methods() {
    return CopyMethods.deployment();
  }
}

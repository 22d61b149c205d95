package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServer;

/** The copy benchmarks on a fully populated VirtualMCPServer. */
public class VirtualMCPServerCopy extends CopyBenchmark<VirtualMCPServer> {
  @Override
  CopyMethods<VirtualMCPServer> methods() {
    return CopyMethods.virtualMcpServer();
  }
}

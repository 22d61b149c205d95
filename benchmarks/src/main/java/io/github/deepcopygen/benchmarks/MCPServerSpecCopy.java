package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;

/**
 * The copy benchmarks on the MCPServer's spec alone: our own classes only, without the fabric8
 * CustomResource and ObjectMeta whose constructors every copy method pays for.
 */
public class MCPServerSpecCopy extends CopyBenchmark<MCPServerSpec> {
  @Override
  CopyMethods<MCPServerSpec> methods() {
    return CopyMethods.mcpServerSpec();
  }
}

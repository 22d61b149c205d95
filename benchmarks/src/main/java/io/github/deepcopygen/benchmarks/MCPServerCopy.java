package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;

/** The copy benchmarks on a fully populated MCPServer. */
public class MCPServerCopy extends CopyBenchmark<MCPServer> {
  @Override
  CopyMethods<MCPServer> methods() {
    return CopyMethods.mcpServer();
  }
}

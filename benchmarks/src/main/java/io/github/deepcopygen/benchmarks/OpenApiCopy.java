package io.github.deepcopygen.benchmarks;

import io.swagger.v3.oas.models.OpenAPI;

/** The copy benchmarks on a real OpenAPI description, swagger's model included transitively. */
public class OpenApiCopy extends CopyBenchmark<OpenAPI> {
  @Override
  CopyMethods<OpenAPI> methods() {
    return CopyMethods.openApi();
  }
}

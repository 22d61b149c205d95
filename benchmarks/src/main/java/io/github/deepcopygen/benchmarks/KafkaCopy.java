package io.github.deepcopygen.benchmarks;

import io.strimzi.api.kafka.model.kafka.Kafka;

/** The copy benchmarks on a real Strimzi Kafka, the model included transitively. */
public class KafkaCopy extends CopyBenchmark<Kafka> {
  @Override
  CopyMethods<Kafka> methods() {
    return CopyMethods.kafka();
  }
}

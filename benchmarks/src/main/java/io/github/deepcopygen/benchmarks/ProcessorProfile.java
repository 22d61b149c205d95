package io.github.deepcopygen.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Runs one ProcessorCost compilation several times outside JMH, to be profiled, for example with
 * JFR: {@code java -XX:StartFlightRecording=filename=proc.jfr,settings=profile -cp benchmarks.jar
 * io.github.deepcopygen.benchmarks.ProcessorProfile 2000 4 procOnly}.
 */
public final class ProcessorProfile {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ProcessorProfile() {}

  /**
   * Arguments: the number of types, the number of compilations, procNone, procOnly, replayOnly or
   * fullWithProcessor, and optionally the processor (DEEPCOPY, AUTOVALUE or IMMUTABLES).
   */
  public static void main(String[] args) throws IOException {
    ProcessorCost cost = new ProcessorCost();
    cost.processor = Peer.valueOf(args.length > 3 ? args[3] : "DEEPCOPY");
    cost.types = Integer.parseInt(args[0]);
    cost.writeSources();
    try {
      for (int i = 0; i < Integer.parseInt(args[1]); i++) {
        cost.freshOutput();
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        switch (args[2]) {
          case "procNone" -> cost.procNone();
          case "procOnly" -> cost.procOnly();
          case "fullWithProcessor" -> cost.fullWithProcessor();
          case "replayOnly" -> cost.replayOnly();
          default -> throw new IllegalArgumentException("unknown compilation " + args[2]);
        }
        // CPU time of the compiling thread as well: on a shared machine it varies far less than
        // wall time.
        System.out.printf(
            "%s on %s types: %d ms, %d ms CPU%n",
            args[2],
            args[0],
            (System.nanoTime() - start) / 1_000_000,
            (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        cost.deleteOutput();
      }
    } finally {
      cost.deleteSources();
    }
  }
}

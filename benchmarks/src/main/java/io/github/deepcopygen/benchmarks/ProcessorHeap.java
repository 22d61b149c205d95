package io.github.deepcopygen.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap one compilation of ProcessorCost needs, in a JVM of its own: the most the heap held
 * after any collection during it (what was live, at least) and the most it held at all, sampled
 * every 2 ms. Arguments: the processor, the number of types, procNone or fullWithProcessor. Prints
 * one tab-separated line: processor, types, compilation, peak after GC in MB, peak sampled in MB.
 */
public final class ProcessorHeap {
  private ProcessorHeap() {}

  public static void main(String[] args) throws Exception {
    ProcessorCost cost = new ProcessorCost();
    cost.processor = Peer.valueOf(args[0]);
    cost.types = Integer.parseInt(args[1]);
    cost.writeSources();
    AtomicLong afterGc = new AtomicLong();
    AtomicLong sampled = new AtomicLong();
    try {
      cost.freshOutput();
      System.gc();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc)
            .addNotificationListener(
                (notification, handback) -> {
                  if (notification
                      .getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    long used =
                        GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData())
                            .getGcInfo()
                            .getMemoryUsageAfterGc()
                            .values()
                            .stream()
                            .mapToLong(MemoryUsage::getUsed)
                            .sum();
                    afterGc.accumulateAndGet(used, Math::max);
                  }
                },
                null,
                null);
      }
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  sampled.accumulateAndGet(
                      ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                      Math::max);
                  try {
                    Thread.sleep(2);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();
      compile(cost, args[2]);
      sampler.interrupt();
      sampler.join();
      cost.deleteOutput();
    } finally {
      cost.deleteSources();
    }
    System.out.printf(
        "%s\t%s\t%s\t%d\t%d%n",
        args[0], args[1], args[2], afterGc.get() >> 20, sampled.get() >> 20);
  }

  private static void compile(ProcessorCost cost, String compilation) throws IOException {
    switch (compilation) {
      case "procNone" -> cost.procNone();
      case "fullWithProcessor" -> cost.fullWithProcessor();
      default -> throw new IllegalArgumentException("unknown compilation " + compilation);
    }
  }
}

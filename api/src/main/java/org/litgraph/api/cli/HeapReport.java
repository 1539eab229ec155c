package org.litgraph.api.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures for command summaries: what is in use now and the peak since the JVM started. */
final class HeapReport {
  private HeapReport() {}

  static String line() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long max = Runtime.getRuntime().maxMemory();
    return String.format(
        "heap: %d MiB in use, peak %d MiB (sum of pool peaks), max %d MiB",
        used >> 20, peak >> 20, max >> 20);
  }
}

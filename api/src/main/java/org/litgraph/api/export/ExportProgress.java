package org.litgraph.api.export;

import java.io.PrintWriter;

/**
 * Progress lines for long exports, at most one every two seconds: which file, how many records so
 * far and the current rate. Short exports print nothing here (the summary says it all).
 */
public final class ExportProgress {
  private static final long EVERY_NANOS = 2_000_000_000L;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long last = System.nanoTime();

  public ExportProgress(PrintWriter err) {
    this.err = err;
  }

  void tick(String file, long records) {
    if ((records & 1023) != 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - last >= EVERY_NANOS) {
      last = now;
      double seconds = (now - started) / 1e9;
      err.printf(
          "export: %s %,d records (%.0f s, heap %d MiB)%n", file, records, seconds, heapMiB());
      err.flush();
    }
  }

  static long heapMiB() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }
}

package org.litgraph.ingest;

import java.time.Duration;

/**
 * Where an ingestion run spent its time: reading sources, loading the NLP models, annotating (NLP
 * and recognition), writing the graph, and writing the index.
 */
public record StageTimes(
    Duration read,
    Duration modelLoad,
    Duration annotate,
    Duration graphWrite,
    Duration indexWrite) {
  public static final StageTimes ZERO =
      new StageTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** Mutable accumulator used during one run. */
  static final class Clock {
    long read;
    long modelLoad;
    long annotate;
    long graphWrite;
    long indexWrite;

    StageTimes snapshot() {
      return new StageTimes(
          Duration.ofNanos(read),
          Duration.ofNanos(modelLoad),
          Duration.ofNanos(annotate),
          Duration.ofNanos(graphWrite),
          Duration.ofNanos(indexWrite));
    }
  }

  @Override
  public String toString() {
    return String.format(
        "read %.2f s, waiting for models %.2f s, annotate %.2f s, graph write %.2f s, index write %.2f s",
        read.toNanos() / 1e9,
        modelLoad.toNanos() / 1e9,
        annotate.toNanos() / 1e9,
        graphWrite.toNanos() / 1e9,
        indexWrite.toNanos() / 1e9);
  }
}

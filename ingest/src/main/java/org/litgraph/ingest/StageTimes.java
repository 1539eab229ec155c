package org.litgraph.ingest;

import java.time.Duration;
import java.util.Locale;

/**
 * Where an ingestion run spent its time: reading sources, loading the NLP models, CoreNLP,
 * recognition and claim extraction, writing the graph, and writing the index. CoreNLP runs on the
 * calling thread and the other stages on the store thread, overlapping it, so the parts add up to
 * more than the wall time.
 */
public record StageTimes(
    Duration read,
    Duration modelLoad,
    Duration nlp,
    Duration recognize,
    Duration graphWrite,
    Duration indexWrite) {
  public static final StageTimes ZERO =
      new StageTimes(
          Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** CoreNLP, recognition and claims together. */
  public Duration annotate() {
    return nlp.plus(recognize);
  }

  /** Mutable accumulator used during one run. */
  static final class Clock {
    long read;
    long modelLoad;
    // CoreNLP, on the calling thread
    long annotate;
    // recognition and claims, on the store thread
    long recognize;
    long graphWrite;
    long indexWrite;

    StageTimes snapshot() {
      return new StageTimes(
          Duration.ofNanos(read),
          Duration.ofNanos(modelLoad),
          Duration.ofNanos(annotate),
          Duration.ofNanos(recognize),
          Duration.ofNanos(graphWrite),
          Duration.ofNanos(indexWrite));
    }

    void add(StageTimes t) {
      read += t.read().toNanos();
      modelLoad += t.modelLoad().toNanos();
      annotate += t.nlp().toNanos();
      recognize += t.recognize().toNanos();
      graphWrite += t.graphWrite().toNanos();
      indexWrite += t.indexWrite().toNanos();
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "read %.2f s, waiting for models %.2f s, CoreNLP %.2f s, recognition and claims %.2f s,"
            + " graph write %.2f s, index write %.2f s",
        seconds(read),
        seconds(modelLoad),
        seconds(nlp),
        seconds(recognize),
        seconds(graphWrite),
        seconds(indexWrite));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}

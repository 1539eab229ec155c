package org.litgraph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.litgraph.ingest.nlp.BareCoreNlp;
import org.litgraph.ingest.source.SourceDocument;

/**
 * Measures ingestion end to end (annotation, entity and claim extraction, graph and index writes)
 * against bare CoreNLP with the same annotators on the same texts, in one process. After a warm-up
 * (models loaded, JIT warm) the two take turns on slices of {@link #TURN} documents, so a change in
 * a shared machine's load hits both alike. The difference is what LitGraph costs beyond the NLP.
 */
public final class IngestBenchmark {
  static final int TURN = 10;

  private final IngestPipeline pipeline;
  private final BareCoreNlp bare;

  /**
   * @param pipeline a pipeline over empty stores (so every document is created, none skipped)
   */
  public IngestBenchmark(IngestPipeline pipeline, BareCoreNlp bare) {
    this.pipeline = pipeline;
    this.bare = bare;
  }

  /**
   * The figures of one run.
   *
   * @param endToEnd wall time of the pipeline over the timed documents, index commits included
   * @param stages where the pipeline's time went
   * @param bareNlp wall time of bare CoreNLP over the same texts
   */
  public record Result(
      int documents,
      long tokens,
      Duration endToEnd,
      StageTimes stages,
      long bareTokens,
      Duration bareNlp,
      String bareAnnotators) {
    public double documentsPerSecond() {
      return documents / seconds(endToEnd);
    }

    public double tokensPerSecond() {
      return tokens / seconds(endToEnd);
    }

    public double bareTokensPerSecond() {
      return bareTokens / seconds(bareNlp);
    }

    /** End-to-end time over bare NLP time; 1.15 means 15% overhead beyond the NLP. */
    public double ratio() {
      return seconds(endToEnd) / seconds(bareNlp);
    }

    private static double seconds(Duration d) {
      return Math.max(1e-9, d.toNanos() / 1e9);
    }
  }

  /** Warms up on {@code warmup}, then times {@code timed} through both, in turns. */
  public Result run(
      List<SourceDocument> warmup, List<SourceDocument> timed, Consumer<String> progress) {
    if (timed.isEmpty()) {
      throw new IllegalArgumentException("no documents to time");
    }
    progress.accept("warm-up: " + warmup.size() + " documents through both");
    pipeline.ingestDocuments(warmup, IngestListener.SILENT);
    warmup.forEach(d -> bare.annotate(IngestPipeline.textWithTitle(d)));
    progress.accept("timing " + timed.size() + " documents, in turns of " + TURN);
    long e2e = 0;
    long nlp = 0;
    long tokens = 0;
    long bareTokens = 0;
    StageTimes.Clock sum = new StageTimes.Clock();
    for (int from = 0; from < timed.size(); from += TURN) {
      List<SourceDocument> turn = timed.subList(from, Math.min(timed.size(), from + TURN));
      long t0 = System.nanoTime();
      IngestReport report = pipeline.ingestDocuments(turn, IngestListener.SILENT);
      long t1 = System.nanoTime();
      for (SourceDocument d : turn) {
        bareTokens += bare.annotate(IngestPipeline.textWithTitle(d));
      }
      long t2 = System.nanoTime();
      e2e += t1 - t0;
      nlp += t2 - t1;
      tokens += report.tokens();
      add(sum, report.times());
      if (!report.failures().isEmpty()) {
        throw new IllegalStateException("benchmark documents failed: " + report.failures());
      }
    }
    return new Result(
        timed.size(),
        tokens,
        Duration.ofNanos(e2e),
        sum.snapshot(),
        bareTokens,
        Duration.ofNanos(nlp),
        bare.annotators());
  }

  private static void add(StageTimes.Clock sum, StageTimes t) {
    sum.read += t.read().toNanos();
    sum.modelLoad += t.modelLoad().toNanos();
    sum.annotate += t.annotate().toNanos();
    sum.graphWrite += t.graphWrite().toNanos();
    sum.indexWrite += t.indexWrite().toNanos();
  }
}

package org.litgraph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.litgraph.ingest.nlp.BareCoreNlp;
import org.litgraph.ingest.source.SourceDocument;

/**
 * Measures ingestion end to end (annotation, entity and claim extraction, graph and index writes)
 * against bare CoreNLP with the same annotators on the same texts, in one process. After a warm-up
 * (models loaded, JIT warm), bare CoreNLP runs on the first half of the timed documents, the
 * pipeline on all of them, and bare CoreNLP on the second half: each leads on half of the texts,
 * since CoreNLP runs a text it has just seen ~15% faster (measured: CoreNLP against itself), and a
 * drift in a shared machine's load hits both alike. The difference is what LitGraph costs beyond
 * the NLP.
 */
public final class IngestBenchmark {
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

  /**
   * Warms up on {@code warmup}, then times {@code timed}: bare CoreNLP on its first half, the
   * pipeline on all of it in one run (as a real ingest runs, filling and draining its pipeline
   * once), then bare CoreNLP on the second half.
   */
  public Result run(
      List<SourceDocument> warmup, List<SourceDocument> timed, Consumer<String> progress) {
    if (timed.isEmpty()) {
      throw new IllegalArgumentException("no documents to time");
    }
    progress.accept("warm-up: " + warmup.size() + " documents through both");
    pipeline.ingestDocuments(warmup, IngestListener.SILENT);
    warmup.forEach(d -> bare.annotate(IngestPipeline.textWithTitle(d)));
    List<SourceDocument> firstHalf = timed.subList(0, timed.size() / 2);
    List<SourceDocument> secondHalf = timed.subList(timed.size() / 2, timed.size());
    progress.accept("timing bare CoreNLP on " + firstHalf.size() + " documents");
    long t0 = System.nanoTime();
    long bareTokens = bare(firstHalf);
    long t1 = System.nanoTime();
    progress.accept("timing the pipeline on " + timed.size() + " documents");
    IngestReport report = pipeline.ingestDocuments(timed, IngestListener.SILENT);
    long t2 = System.nanoTime();
    progress.accept("timing bare CoreNLP on " + secondHalf.size() + " documents");
    bareTokens += bare(secondHalf);
    long t3 = System.nanoTime();
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException("benchmark documents failed: " + report.failures());
    }
    long e2e = t2 - t1;
    long nlp = (t1 - t0) + (t3 - t2);
    long tokens = report.tokens();
    StageTimes.Clock sum = new StageTimes.Clock();
    sum.add(report.times());
    return new Result(
        timed.size(),
        tokens,
        Duration.ofNanos(e2e),
        sum.snapshot(),
        bareTokens,
        Duration.ofNanos(nlp),
        bare.annotators());
  }

  private long bare(List<SourceDocument> turn) {
    long tokens = 0;
    for (SourceDocument d : turn) {
      tokens += bare.annotate(IngestPipeline.textWithTitle(d));
    }
    return tokens;
  }
}

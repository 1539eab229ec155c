package org.litgraph.ingest.eval;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.litgraph.ingest.EntityExtractor;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.LemmatizerStage;

/**
 * Measures tokens per second of the full recognition pipeline ({@link EntityExtractor}: CoreNLP
 * with NER, dictionary, general NER mapping, abbreviations) and of bare CoreNLP {@code
 * tokenize,ssplit,pos,lemma} on the same texts in the same process, so that the cost of recognition
 * shows as a ratio; a third pass times the NLP stage alone ({@link CoreNlpStage}, with CoreNLP's
 * NER), which splits that cost between CoreNLP's NER and our own stages. All run a warm-up pass
 * first (JIT, lazily loaded model parts), then one timed pass each, one after the other,
 * single-threaded.
 */
public final class RecognitionBenchmark {
  /**
   * Documents per turn: the pipelines take turns on small slices of the texts, so that a change in
   * the machine's load during the run (these machines are shared) hits all three alike.
   */
  static final int TURN = 10;

  private final EntityExtractor extractor;
  private final CoreNlpStage nlp;
  private final LemmatizerStage bare;

  /**
   * @param nlp the NLP stage the extractor runs (the same instance, so no model loads twice)
   */
  public RecognitionBenchmark(EntityExtractor extractor, CoreNlpStage nlp, LemmatizerStage bare) {
    this.extractor = extractor;
    this.nlp = nlp;
    this.bare = bare;
  }

  /** Tokens processed in a timed pass. */
  public record Throughput(String name, long tokens, Duration elapsed) {
    public double tokensPerSecond() {
      return tokens / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
  }

  /** Throughput of the three timed passes over the same documents. */
  public record Result(
      int documents, int warmupDocuments, Throughput full, Throughput nlp, Throughput bare) {
    /** How many times the full pipeline's time bare CoreNLP takes (bare tokens/s over full). */
    public double ratio() {
      return bare.tokensPerSecond() / full.tokensPerSecond();
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param warmup how many of the texts to run through each pipeline before timing
   * @param progress receives a line as each phase starts
   */
  public Result run(List<String> texts, int warmup, Consumer<String> progress) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no texts to benchmark");
    }
    ToIntFunction<String> full = t -> extractor.extract(t).text().tokenCount();
    ToIntFunction<String> nlpOnly = t -> nlp.annotate(t).tokenCount();
    ToIntFunction<String> lemmas = bare::countTokens;
    List<String> warm = texts.subList(0, Math.min(warmup, texts.size()));
    progress.accept("warm-up: " + warm.size() + " documents through each pipeline");
    List<ToIntFunction<String>> pipelines = List.of(full, nlpOnly, lemmas);
    pipelines.forEach(p -> pass(warm, p));
    progress.accept(
        "timing the three pipelines on "
            + texts.size()
            + " documents, in turns of "
            + TURN
            + " documents");
    long[] tokens = new long[pipelines.size()];
    long[] nanos = new long[pipelines.size()];
    for (int from = 0; from < texts.size(); from += TURN) {
      List<String> turn = texts.subList(from, Math.min(texts.size(), from + TURN));
      for (int p = 0; p < pipelines.size(); p++) {
        long t0 = System.nanoTime();
        tokens[p] += pass(turn, pipelines.get(p));
        nanos[p] += System.nanoTime() - t0;
      }
    }
    return new Result(
        texts.size(),
        warm.size(),
        new Throughput("full recognition", tokens[0], Duration.ofNanos(nanos[0])),
        new Throughput("CoreNLP with NER (NLP stage alone)", tokens[1], Duration.ofNanos(nanos[1])),
        new Throughput("CoreNLP tokenize,ssplit,pos,lemma", tokens[2], Duration.ofNanos(nanos[2])));
  }

  private static long pass(List<String> texts, ToIntFunction<String> pipeline) {
    long tokens = 0;
    for (String t : texts) {
      tokens += pipeline.applyAsInt(t);
    }
    return tokens;
  }
}

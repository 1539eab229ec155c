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
    pass(warm, full);
    pass(warm, nlpOnly);
    pass(warm, lemmas);
    progress.accept("timing the full recognition pipeline on " + texts.size() + " documents");
    Throughput f = pass(texts, full, "full recognition");
    progress.accept("timing the NLP stage alone (CoreNLP tokenize,ssplit,pos,lemma,ner)");
    Throughput n = pass(texts, nlpOnly, "CoreNLP with NER (NLP stage alone)");
    progress.accept("timing bare CoreNLP tokenize,ssplit,pos,lemma on the same documents");
    Throughput b = pass(texts, lemmas, "CoreNLP tokenize,ssplit,pos,lemma");
    return new Result(texts.size(), warm.size(), f, n, b);
  }

  private static long pass(List<String> texts, ToIntFunction<String> pipeline) {
    long tokens = 0;
    for (String t : texts) {
      tokens += pipeline.applyAsInt(t);
    }
    return tokens;
  }

  private static Throughput pass(List<String> texts, ToIntFunction<String> pipeline, String name) {
    long t0 = System.nanoTime();
    long tokens = pass(texts, pipeline);
    return new Throughput(name, tokens, Duration.ofNanos(System.nanoTime() - t0));
  }
}

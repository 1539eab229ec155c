package org.litgraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.litgraph.ingest.EntityExtractor;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.eval.RecognitionBenchmark;
import org.litgraph.ingest.eval.RecognitionBenchmark.Throughput;
import org.litgraph.ingest.nlp.LemmatizerStage;
import org.litgraph.ingest.nlp.NlpConfig;
import org.litgraph.ingest.nlp.NlpModels;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph bench ner}: tokens per second of the full recognition pipeline and of bare
 * CoreNLP {@code tokenize,ssplit,pos,lemma} on the same PubTator texts, and their ratio.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tokens/s of the full entity recognition pipeline and, in the same run on the same texts,"
          + " of bare CoreNLP tokenize,ssplit,pos,lemma (and of the NLP stage alone, with"
          + " CoreNLP's NER); single-threaded, after a warm-up pass.",
      "Default corpus: $LITGRAPH_SHARED (or ../shared)/" + BenchNerCommand.DEFAULT_CORPUS
    })
final class BenchNerCommand implements Callable<Integer> {
  static final String DEFAULT_CORPUS = "corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt";

  @Spec CommandSpec spec;
  @Mixin LexiconOption lexiconOption;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "PubTator file to take texts from.")
  Path corpus;

  @Option(
      names = "--docs",
      paramLabel = "N",
      defaultValue = "200",
      description = "Documents to time (default: ${DEFAULT-VALUE}).")
  Integer docs;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "50",
      description = "Documents of the warm-up pass (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = corpus;
    String hint = "";
    if (file == null) {
      String shared = System.getenv().getOrDefault("LITGRAPH_SHARED", "../shared");
      file = Path.of(shared).resolve(DEFAULT_CORPUS);
      hint = " (the default BC5CDR dev corpus; pass --corpus FILE or set LITGRAPH_SHARED)";
    }
    List<String> texts =
        CorpusFiles.read(spec, file, docs, hint).stream().map(PubTatorDocument::text).toList();
    err.println("loading CoreNLP models (full pipeline and bare tokenize,ssplit,pos,lemma)...");
    err.flush();
    NlpConfig config = NlpConfig.defaults();
    Lexicon lexicon = lexiconOption.load(spec);
    NlpModels models = new NlpModels(config);
    EntityExtractor extractor =
        new EntityExtractor(models, lexicon, /* resolveAbbreviations */ true);
    RecognitionBenchmark.Result r =
        new RecognitionBenchmark(extractor, models.get(), new LemmatizerStage(config))
            .run(
                texts,
                Math.max(0, warmup),
                line -> {
                  err.println(line);
                  err.flush();
                });
    out.printf(
        Locale.ROOT,
        "corpus: %s (%d documents timed, %d warm-up); %s%n",
        file.getFileName(),
        r.documents(),
        r.warmupDocuments(),
        lexiconOption.describe(lexicon));
    row(out, r.full());
    row(out, r.nlp());
    row(out, r.bare());
    out.printf(
        Locale.ROOT,
        "ratio: full recognition takes %.2fx the time of bare CoreNLP tokenize,ssplit,pos,lemma%n",
        r.ratio());
    out.flush();
    return 0;
  }

  private static void row(PrintWriter out, Throughput t) {
    out.printf(
        Locale.ROOT,
        "%-36s %8d tokens %7.2f s %9.0f tokens/s%n",
        t.name(),
        t.tokens(),
        t.elapsed().toNanos() / 1e9,
        t.tokensPerSecond());
  }
}

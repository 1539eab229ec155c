package org.litgraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.IngestBenchmark;
import org.litgraph.ingest.IngestConfig;
import org.litgraph.ingest.nlp.BareCoreNlp;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.SourceException;
import org.litgraph.ingest.source.SourceLimits;
import org.litgraph.ingest.source.SourceLoader;
import org.litgraph.ingest.source.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph bench ingest}: documents/s and tokens/s of ingestion end to end into fresh stores
 * in a temporary directory, and of bare CoreNLP with the same annotators on the same texts, with
 * the overhead beyond the NLP as a ratio.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Documents/s and tokens/s of ingestion end to end (NLP, recognition, claims, Neo4j and"
          + " Lucene writes, into an embedded Neo4j and an index in a temporary directory) and,"
          + " in the same run on the same texts, of bare CoreNLP with the same annotators;"
          + " prints the overhead beyond the NLP.",
      "Default corpus: $LITGRAPH_SHARED (or ../shared)/" + BenchIngestCommand.DEFAULT_CORPUS
    })
final class BenchIngestCommand implements Callable<Integer> {
  static final String DEFAULT_CORPUS = "corpora/bc5cdr/CDR_TrainingSet.PubTator.txt";

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", description = "Any file ingest reads.")
  Path corpus;

  @Option(
      names = "--docs",
      paramLabel = "N",
      defaultValue = "200",
      description = "Documents to time (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "Documents ingested before timing, so the JIT has compiled CoreNLP's and Neo4j's hot"
              + " code (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--no-claims", description = "Without the parser and claim extraction.")
  boolean noClaims;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + IngestConfig.DEFAULT_BATCH,
      description = "Documents per graph transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = corpus;
    if (file == null) {
      String shared = System.getenv().getOrDefault("LITGRAPH_SHARED", "../shared");
      file = Path.of(shared).resolve(DEFAULT_CORPUS);
    }
    List<SourceDocument> all;
    try {
      all = new SourceLoader(SourceLimits.defaults()).load(new SourceRef.FileRef(file));
    } catch (SourceException e) {
      throw new ParameterException(spec.commandLine(), "cannot read the corpus: " + e.reason());
    }
    int w = Math.max(0, Math.min(warmup, all.size() - 1));
    List<SourceDocument> timed = all.subList(w, Math.min(all.size(), w + Math.max(1, docs)));
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
    }
    IngestConfig ingest = IngestConfig.defaults().withBatchDocuments(batch);
    if (noClaims) {
      ingest =
          new IngestConfig(
              ingest.nlp().withoutParse(), ingest.limits(), ingest.commitEvery(), batch);
    }
    Path data = Files.createTempDirectory("litgraph-bench-ingest");
    try (LitGraphRuntime runtime =
        LitGraphRuntime.open(
            new LitGraphConfig(data, Optional.empty(), 0, 256, "127.0.0.1", 0), true, ingest)) {
      IngestBenchmark.Result r =
          new IngestBenchmark(runtime.pipeline(), new BareCoreNlp(ingest.nlp()))
              .run(
                  all.subList(0, w),
                  timed,
                  line -> {
                    err.println(line);
                    err.flush();
                  });
      print(out, file, w, r);
      out.println(HeapReport.line());
      out.flush();
    } finally {
      deleteTree(data);
    }
    return 0;
  }

  private static void print(PrintWriter out, Path file, int warm, IngestBenchmark.Result r) {
    out.printf(
        Locale.ROOT,
        "corpus: %s (%d documents timed, %d warm-up)%n",
        file.getFileName(),
        r.documents(),
        warm);
    out.printf(
        Locale.ROOT,
        "end to end:    %d documents, %d tokens in %.2f s = %.2f documents/s, %.0f tokens/s%n",
        r.documents(),
        r.tokens(),
        r.endToEnd().toNanos() / 1e9,
        r.documentsPerSecond(),
        r.tokensPerSecond());
    out.println("  stages: " + r.stages());
    out.printf(
        Locale.ROOT,
        "bare CoreNLP:  %s: %d tokens in %.2f s = %.0f tokens/s%n",
        r.bareAnnotators(),
        r.bareTokens(),
        r.bareNlp().toNanos() / 1e9,
        r.bareTokensPerSecond());
    out.printf(
        Locale.ROOT,
        "overhead beyond the NLP: %+.1f%% (end to end takes %.3fx the time of bare CoreNLP)%n",
        (r.ratio() - 1) * 100,
        r.ratio());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.litgraph.api.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.bench.QueryLoad;
import org.litgraph.api.bench.SyntheticCorpus;
import org.litgraph.api.bench.SyntheticCorpusWriter;
import org.litgraph.api.http.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph bench query}: builds (or reuses) a synthetic corpus in the data directory, starts
 * the real HTTP server on a free port and drives search, autocomplete, entity and evidence requests
 * at a fixed rate, then prints count, errors and p50/p95/p99 per endpoint.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Query latency over HTTP on a synthetic corpus: builds or reuses --docs documents in the"
            + " data directory (use a dedicated --data), then drives the API at --rate requests/s.")
final class BenchQueryCommand implements Callable<Integer> {
  private static final String CORPUS_KEY = "synthetic-v1-seed42";

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--docs",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Synthetic documents (default ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--rate",
      paramLabel = "R",
      defaultValue = "200",
      description = "Requests per second (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "30",
      description = "Measured seconds (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      defaultValue = "10",
      description = "Unmeasured seconds first, at the same rate (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "64",
      description = "Client threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--writers",
      paramLabel = "W",
      defaultValue = "4",
      description = "Documents written concurrently while building (default ${DEFAULT-VALUE}).")
  int writers;

  @Option(names = "--build-only", description = "Build or extend the corpus, then stop.")
  boolean buildOnly;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    LitGraphConfig config = store.config("127.0.0.1", 0);
    SyntheticCorpus corpus = SyntheticCorpus.standard();
    try (LitGraphRuntime runtime = LitGraphRuntime.open(config)) {
      new SyntheticCorpusWriter(corpus, CORPUS_KEY, writers)
          .ensure(config.dataDir(), docs, runtime.graph(), runtime.index(), out);
      if (buildOnly) {
        return 0;
      }
      Javalin app = ApiServer.create(runtime.graph(), runtime.index()).start("127.0.0.1", 0);
      try {
        QueryLoad load =
            new QueryLoad(URI.create("http://127.0.0.1:" + app.port()), corpus.vocabulary());
        if (warmup > 0) {
          out.printf("warm-up: %d s at %d req/s%n", warmup, rate);
          load.run(rate, warmup, threads, out);
        }
        out.printf("measuring: %d s at %d req/s over %,d documents%n", seconds, rate, docs);
        print(out, load.run(rate, seconds, threads, out));
      } finally {
        app.stop();
      }
    }
    return 0;
  }

  private static void print(PrintWriter out, List<QueryLoad.Stats> stats) {
    out.printf(
        "%-13s %7s %7s %9s %9s %9s%n", "endpoint", "count", "errors", "p50 ms", "p95 ms", "p99 ms");
    for (QueryLoad.Stats s : stats) {
      out.printf(
          "%-13s %7d %7d %9.1f %9.1f %9.1f%n",
          s.endpoint().name().toLowerCase(), s.count(), s.errors(), s.p50(), s.p95(), s.p99());
    }
    out.flush();
  }
}

package org.litgraph.api.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.litgraph.api.DemoCorpus;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.http.ApiConfig;
import org.litgraph.ingest.IngestConfig;
import org.litgraph.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph demo}: ingests the bundled sample corpus (15 short articles written for LitGraph
 * about sepsis, stem cells and cytokines) if it is not in the graph yet, then serves.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingest the bundled demo corpus (first run only) and serve on http://localhost:7070.")
final class DemoCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    LitGraphConfig config = store.config(server.host, server.port());
    ApiConfig api = server.api();
    var out = spec.commandLine().getOut();
    // On a first run the models are needed: load them while Neo4j starts. On later runs the
    // corpus is already stored and loading them would only slow the start.
    boolean firstRun = !java.nio.file.Files.exists(config.neo4jDir());
    // and on a first run CoreNLP can start on the corpus at once, while Neo4j starts
    List<String> ahead = firstRun ? DemoCorpus.textsToAnnotate() : List.of();
    try (LitGraphRuntime runtime =
        LitGraphRuntime.open(config, firstRun, IngestConfig.defaults(), ahead)) {
      IngestReport report =
          runtime
              .pipeline()
              .ingest(DemoCorpus.sources(), new ConsoleProgress(spec.commandLine().getErr()));
      out.print(report.summary());
      ServeCommand.serveUntilStopped(runtime, config, api, out, started);
    }
    return 0;
  }
}

package org.litgraph.api.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.IngestReport;
import org.litgraph.ingest.source.SourceRef;
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
  static final String CORPUS = "/demo/corpus/";

  @Mixin StoreOptions store;
  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    LitGraphConfig config = store.config(server.host, server.port());
    var out = spec.commandLine().getOut();
    try (LitGraphRuntime runtime = LitGraphRuntime.open(config)) {
      IngestReport report =
          runtime.pipeline().ingest(corpus(), new ConsoleProgress(spec.commandLine().getErr()));
      out.print(report.summary());
      ServeCommand.serveUntilStopped(runtime, config, out, started);
    }
    return 0;
  }

  /** The bundled corpus, in the order of its index file. */
  static List<SourceRef> corpus() {
    List<SourceRef> refs = new ArrayList<>();
    for (String name : lines(CORPUS + "index.txt")) {
      String text = String.join("\n", lines(CORPUS + name));
      refs.add(new SourceRef.TextRef("demo:" + name.replaceFirst("\\.txt$", ""), text));
    }
    return refs;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !resource.endsWith("index.txt") || !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

package org.litgraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.litgraph.ingest.eval.ReaderBenchmark;
import org.litgraph.ingest.source.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph bench readers PATH...}: documents per second of each source reader alone (no NLP,
 * no store). End-to-end ingest rates come from {@code litgraph ingest}'s summary.
 */
@Command(
    name = "readers",
    mixinStandardHelpOptions = true,
    description = {
      "Documents/s and MB/s of each source reader alone (bytes in memory to documents; no NLP, no"
          + " store), per detected format, single-threaded, after one warm-up round.",
      "End-to-end rates (with NLP and both stores) are in the summary of `litgraph ingest`."
    })
final class BenchReadersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<String> paths;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "20",
      description = "Timed passes over all files (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ReaderBenchmark.Row> rows;
    try {
      rows = new ReaderBenchmark().run(paths, Math.max(1, rounds));
    } catch (SourceException e) {
      err.println("bench readers: " + e.getMessage());
      err.flush();
      return 1;
    }
    out.printf(
        Locale.ROOT,
        "%-20s %6s %10s %10s %12s %8s%n",
        "reader",
        "files",
        "documents",
        "seconds",
        "documents/s",
        "MB/s");
    for (ReaderBenchmark.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%-20s %6d %10d %10.3f %12.0f %8.1f%n",
          r.reader(),
          r.files(),
          r.documents(),
          r.elapsed().toNanos() / 1e9,
          r.documentsPerSecond(),
          r.megabytesPerSecond());
    }
    out.flush();
    return 0;
  }
}

package org.litgraph.api.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.http.dto.FactCheckDto;
import org.litgraph.ingest.factcheck.FactCheckException;
import org.litgraph.ingest.factcheck.FactCheckReport;
import org.litgraph.ingest.factcheck.FactChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph factcheck URL|FILE...}: checks news pieces against the graph without storing them
 * and prints each worksheet; with several pieces, the time of each and the median go to stderr.
 */
@Command(
    name = "factcheck",
    mixinStandardHelpOptions = true,
    description = {
      "Fact-check a news piece (URL or file) against the graph: check-worthy claims, evidence,"
          + " verdicts, spin flags and the documents it relies on. The piece is not stored.",
      "Several pieces are checked one after the other; times go to stderr."
    })
final class FactCheckCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "URL|FILE")
  List<String> pieces;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Only evidence published on or before DATE (YYYY-MM-DD); 'none' for all dates."
              + " Default: the piece's publication date.")
  String asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "md",
      description = "md (default), json or csv.")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String f = format.toLowerCase(Locale.ROOT);
    if (!List.of("md", "json", "csv").contains(f)) {
      throw new ParameterException(
          spec.commandLine(), "--format must be md, json or csv, not '" + format + "'");
    }
    FactChecker.AsOf when;
    try {
      when = FactChecker.AsOf.parse(asOf);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    int failures = 0;
    List<Long> times = new ArrayList<>();
    try (LitGraphRuntime runtime = LitGraphRuntime.open(store.config("127.0.0.1", 0), true)) {
      FactChecker checker = new FactChecker(runtime.graph(), runtime.index(), runtime.pipeline());
      for (String piece : pieces) {
        long t0 = System.nanoTime();
        try {
          FactCheckReport report = checker.checkSource(piece, when);
          long ms = (System.nanoTime() - t0) / 1_000_000;
          times.add(ms);
          out.print(FactCheckFormats.render(FactCheckDto.from(report), f));
          out.flush();
          err.printf("fact-checked %s: %d claims in %d ms%n", piece, report.claims().size(), ms);
        } catch (FactCheckException e) {
          failures++;
          err.println("cannot fact-check " + piece + ": " + e.getMessage());
        }
        err.flush();
      }
    }
    if (times.size() > 1) {
      List<Long> sorted = times.stream().sorted().toList();
      err.printf(
          "%d pieces: p50 %d ms, max %d ms (the first includes loading the models)%n",
          sorted.size(), sorted.get((sorted.size() - 1) / 2), sorted.get(sorted.size() - 1));
    }
    err.flush();
    return failures == 0 ? 0 : 1;
  }
}

package org.litgraph.api.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.IngestConfig;
import org.litgraph.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph ingest PATH|URL...}: reads, annotates and stores documents, printing progress to
 * stderr and a summary (created, updated, unchanged, skipped and failed, with reasons) to stdout.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest files, directories (recursively) or http(s) URLs. Formats, recognised by content:"
          + " PubMed XML, PMC JATS (.nxml), ClinicalTrials.gov JSON (API v2 or classic), BioC"
          + " XML/JSON, PubTator, HTML and plain text, each optionally gzipped.",
      "Unchanged documents are skipped; the summary lists skipped and failed sources with reasons."
          + " Exit code 1 if any source failed."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, directories or URLs.")
  List<String> sources;

  @Option(
      names = "--no-claims",
      description =
          "Skip the dependency parser and claim extraction (entities and mentions only; about"
              + " twice as fast).")
  boolean noClaims;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    IngestConfig ingest = IngestConfig.defaults();
    if (noClaims) {
      ingest = new IngestConfig(ingest.nlp().withoutParse(), ingest.limits(), ingest.commitEvery());
    }
    try (LitGraphRuntime runtime =
        LitGraphRuntime.open(store.config("127.0.0.1", 0), true, ingest)) {
      IngestReport report = runtime.pipeline().ingestArguments(sources, new ConsoleProgress(err));
      out.print(report.summary());
      var counts = runtime.graph().counts();
      out.printf(
          "graph: %d documents, %d sentences, %d entities, %d mentions, %d claims%n",
          counts.documents(),
          counts.sentences(),
          counts.entities(),
          counts.mentions(),
          counts.claims());
      out.println(HeapReport.line());
      out.flush();
      return report.failures().isEmpty() ? 0 : 1;
    }
  }
}

package org.litgraph.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.export.ExportFormat;
import org.litgraph.api.export.ExportProgress;
import org.litgraph.api.export.ExportSummary;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.ExportFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code litgraph export}: the graph as KGX, BioC, PubTator or CSV files. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the graph: kgx (nodes/edges .jsonl and .tsv, content_metadata.json), bioc (bioc.xml,"
          + " bioc.json), pubtator (documents.pubtator) or csv (nodes.csv, claims.csv,"
          + " evidence.csv).",
      "Reads the graph page by page and writes as it reads: memory does not grow with the graph."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "kgx, bioc, pubtator or csv.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(
      names = "--category",
      paramLabel = "CATEGORY",
      split = ",",
      description =
          "Keep only entities of these Biolink categories (Disease, ChemicalEntity, ...), and"
              + " edges between them (kgx, csv). Repeatable or comma-separated.")
  List<String> categories = List.of();

  @Option(
      names = "--predicate",
      paramLabel = "PREDICATE",
      split = ",",
      description =
          "Keep only claims of these predicates (treats, increases, ...; co_mentioned selects"
              + " co-mention links) (kgx, csv).")
  List<String> predicates = List.of();

  @Option(
      names = "--document-prefix",
      paramLabel = "PREFIX",
      description =
          "Keep only documents (bioc, pubtator) and claims (kgx, csv) whose document id or source"
              + " starts with PREFIX, e.g. https://pubmed.ncbi.nlm.nih.gov/.")
  String documentPrefix;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "500",
      description = "Rows read per transaction (default ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() {
    ExportFormat f;
    ExportFilter filter;
    try {
      f = ExportFormat.parse(format);
      filter =
          new ExportFilter(categories(), predicates(), Optional.ofNullable(documentPrefix), batch);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try (LitGraphRuntime runtime = LitGraphRuntime.open(store.config("127.0.0.1", 0))) {
      long t0 = System.nanoTime();
      ExportSummary summary =
          f.export(runtime.graph().export(), filter, out, new ExportProgress(err));
      double seconds = (System.nanoTime() - t0) / 1e9;
      stdout.printf("exported %s to %s in %.1f s%n", f.name().toLowerCase(), out, seconds);
      for (ExportSummary.FileFigures file : summary.files()) {
        stdout.printf(
            "  %-22s %,12d records %8.1f s %,12.0f records/s%n",
            file.file(), file.records(), file.seconds(), file.recordsPerSecond());
      }
      stdout.println(HeapReport.line());
      stdout.flush();
      return 0;
    }
  }

  private Set<EntityCategory> categories() {
    Set<EntityCategory> out = EnumSet.noneOf(EntityCategory.class);
    categories.forEach(c -> out.add(EntityCategory.parse(c)));
    return out;
  }

  private Set<Predicate> predicates() {
    Set<Predicate> out = EnumSet.noneOf(Predicate.class);
    predicates.forEach(p -> out.add(Predicate.parse(p)));
    return out;
  }
}

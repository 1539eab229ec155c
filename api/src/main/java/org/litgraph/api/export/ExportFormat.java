package org.litgraph.api.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.GraphExport;

/** The export formats, each writing its files into one directory. */
public enum ExportFormat {
  /** KGX JSON Lines and TSV with Biolink terms, plus metadata. */
  KGX,
  /** BioC XML and BioC JSON with annotations and relations. */
  BIOC,
  /** PubTator with annotations and relations. */
  PUBTATOR,
  /** CSV: nodes, claims, evidence. */
  CSV;

  /** Parses a format name, ignoring case. */
  public static ExportFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown export format '" + name + "'; expected kgx, bioc, pubtator or csv", e);
    }
  }

  /** Writes this format's files into {@code dir} (created if missing). */
  public ExportSummary export(
      GraphExport graph, ExportFilter filter, Path dir, ExportProgress progress) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    return switch (this) {
      case KGX -> new KgxExporter(BiolinkTerms.load()).export(graph, filter, dir, progress);
      case BIOC -> new BiocExporter().export(graph, filter, dir, progress);
      case PUBTATOR -> new PubTatorExporter().export(graph, filter, dir, progress);
      case CSV -> new CsvExporter().export(graph, filter, dir, progress);
    };
  }
}

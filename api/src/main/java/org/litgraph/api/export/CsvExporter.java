package org.litgraph.api.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.ExportedClaim;
import org.litgraph.graph.store.GraphExport;

/**
 * CSV export for spreadsheets and data frames: {@code nodes.csv} (one row per entity), {@code
 * claims.csv} (one row per claim: the triple, its context and the belief of its link) and {@code
 * evidence.csv} (one row per claim: where it is stated — document, identifiers, sentence, trigger
 * offsets and extractor), joined on {@code claim_id}. UTF-8, a header row, RFC 4180 quoting (see
 * {@link CsvWriter}); list values are joined with {@code "; "}.
 */
public final class CsvExporter {
  static final List<String> NODE_COLUMNS =
      List.of("id", "category", "name", "synonyms", "xrefs", "attributes");
  static final List<String> CLAIM_COLUMNS =
      List.of(
          "claim_id",
          "subject",
          "predicate",
          "object",
          "negated",
          "hedged",
          "species",
          "study_type",
          "quantities",
          "belief",
          "document_id");
  static final List<String> EVIDENCE_COLUMNS =
      List.of(
          "claim_id",
          "document_id",
          "publication",
          "title",
          "published",
          "sentence_index",
          "sentence",
          "trigger",
          "start",
          "end",
          "extractor");

  /** Writes the three files into a directory. */
  public ExportSummary export(
      GraphExport graph, ExportFilter filter, Path dir, ExportProgress progress) {
    List<ExportSummary.FileFigures> figures = new ArrayList<>();
    try (ExportFile file = new ExportFile(dir.resolve("nodes.csv"), progress);
        CsvWriter csv = new CsvWriter(file.writer(), NODE_COLUMNS)) {
      graph.entities(
          filter,
          e -> {
            csv.write(nodeRow(e));
            file.record();
          });
      csv.close();
      file.close();
      figures.add(ExportSummary.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (ExportFile claims = new ExportFile(dir.resolve("claims.csv"), progress);
        ExportFile evidence = new ExportFile(dir.resolve("evidence.csv"), progress);
        CsvWriter claimCsv = new CsvWriter(claims.writer(), CLAIM_COLUMNS);
        CsvWriter evidenceCsv = new CsvWriter(evidence.writer(), EVIDENCE_COLUMNS)) {
      graph.claims(
          filter,
          c -> {
            claimCsv.write(claimRow(c));
            claims.record();
            evidenceCsv.write(evidenceRow(c));
            evidence.record();
          });
      claimCsv.close();
      evidenceCsv.close();
      claims.close();
      evidence.close();
      figures.add(ExportSummary.of(claims));
      figures.add(ExportSummary.of(evidence));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportSummary(figures);
  }

  private static List<Object> nodeRow(Entity e) {
    List<String> attributes = new ArrayList<>();
    e.attributes().forEach((k, v) -> attributes.add(k + "=" + v));
    return Arrays.asList(
        e.id(),
        e.category().biolinkName(),
        e.name(),
        String.join("; ", e.synonyms()),
        String.join("; ", e.xrefs().stream().map(Curie::toString).toList()),
        String.join("; ", attributes));
  }

  private static List<Object> claimRow(ExportedClaim c) {
    Claim claim = c.claim();
    var x = claim.context();
    return Arrays.asList(
        claim.id(),
        claim.subject(),
        claim.predicate().label(),
        claim.object(),
        x.negated(),
        x.hedged(),
        String.join("; ", x.species()),
        x.studyType(),
        String.join("; ", x.quantities()),
        c.belief().isPresent() ? c.belief().getAsDouble() : null,
        claim.documentId());
  }

  private static List<Object> evidenceRow(ExportedClaim c) {
    Claim claim = c.claim();
    return Arrays.asList(
        claim.id(),
        claim.documentId(),
        c.publication(),
        c.title(),
        c.published().map(Object::toString).orElse(null),
        claim.sentence().isPresent() ? claim.sentence().getAsInt() : null,
        c.sentence().orElse(null),
        claim.trigger(),
        claim.start().isPresent() ? claim.start().getAsInt() : null,
        claim.end().isPresent() ? claim.end().getAsInt() : null,
        claim.provenance().toString());
  }
}

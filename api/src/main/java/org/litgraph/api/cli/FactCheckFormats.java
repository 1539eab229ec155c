package org.litgraph.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.stream.Collectors;
import org.litgraph.api.http.dto.FactCheckDto;

/**
 * Renders a fact-check worksheet as Markdown (for reading), JSON (the API's shape) or CSV (one row
 * per claim, for a spreadsheet).
 */
final class FactCheckFormats {
  private FactCheckFormats() {}

  static String render(FactCheckDto r, String format) {
    return switch (format) {
      case "md" -> markdown(r);
      case "json" -> json(r);
      case "csv" -> csv(r);
      default ->
          throw new IllegalArgumentException("format must be md, json or csv, not " + format);
    };
  }

  static String json(FactCheckDto r) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the worksheet", e);
    }
  }

  static String markdown(FactCheckDto r) {
    StringBuilder b = new StringBuilder();
    b.append("# Fact-check: ").append(r.title()).append("\n\n");
    b.append("Source: ").append(r.source()).append("  \n");
    b.append("Published: ").append(orDash(r.published())).append("  \n");
    b.append("Evidence as of: ").append(r.asOf() == null ? "all dates" : r.asOf()).append("  \n");
    b.append(r.claims().size())
        .append(" check-worthy claims, checked in ")
        .append(r.elapsedMillis())
        .append(" ms\n\n");
    for (FactCheckDto.ClaimCheck c : r.claims()) {
      b.append("## ")
          .append(c.id())
          .append(" · ")
          .append(c.kind())
          .append(" · **")
          .append(c.verdict().replace('_', ' '))
          .append("**\n\n");
      b.append("> ").append(c.sentence().replace("\n", " ")).append("\n\n");
      b.append("Claim: ").append(c.summary()).append("  \n");
      b.append("Verdict: ").append(c.rationale());
      if (!c.deciding().isEmpty()) {
        b.append("; decided by ").append(String.join(", ", c.deciding()));
      }
      b.append("\n\n");
      for (FactCheckDto.Flag f : c.flags()) {
        b.append("- ⚑ **").append(f.type()).append("**: ").append(f.explanation()).append('\n');
      }
      if (!c.flags().isEmpty()) {
        b.append('\n');
      }
      for (FactCheckDto.EvidenceItem e : c.evidence()) {
        b.append("- ")
            .append(e.id())
            .append(" [")
            .append(e.stance())
            .append(", ")
            .append(e.origin())
            .append(", ")
            .append(e.score())
            .append("] ")
            .append(e.documentTitle())
            .append(" (")
            .append(orDash(e.published()))
            .append(", ")
            .append(e.studyType())
            .append("): ")
            .append(e.sentence().replace("\n", " "))
            .append('\n');
      }
      b.append('\n');
    }
    b.append("## Sources the piece relies on\n\n");
    for (FactCheckDto.Source s : r.sources()) {
      b.append("- ")
          .append(s.title())
          .append(" (")
          .append(orDash(s.published()))
          .append(")")
          .append(s.cited() == null ? "" : " — cited as " + s.cited())
          .append(", score ")
          .append(s.score())
          .append('\n');
      for (FactCheckDto.Pair p : s.pairs()) {
        b.append("  - news (")
            .append(p.claimId())
            .append("): ")
            .append(p.newsSentence().replace("\n", " "))
            .append("\n    paper: ")
            .append(p.paperSentence().replace("\n", " "))
            .append('\n');
      }
    }
    return b.toString();
  }

  static String csv(FactCheckDto r) {
    StringBuilder b = new StringBuilder();
    b.append(
        "claim_id,kind,sentence,summary,verdict,rationale,flags,deciding_evidence,evidence_count,"
            + "as_of\n");
    for (FactCheckDto.ClaimCheck c : r.claims()) {
      String flags =
          c.flags().stream()
              .map(f -> f.type() + "@" + f.evidenceId())
              .collect(Collectors.joining("; "));
      String deciding =
          c.evidence().stream()
              .filter(e -> c.deciding().contains(e.id()))
              .map(e -> e.id() + " " + e.documentTitle() + ": " + e.sentence())
              .collect(Collectors.joining(" | "));
      row(
          b,
          List.of(
              c.id(),
              c.kind(),
              c.sentence(),
              c.summary(),
              c.verdict(),
              c.rationale(),
              flags,
              deciding,
              Integer.toString(c.evidence().size()),
              orDash(r.asOf())));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, List<String> fields) {
    b.append(fields.stream().map(FactCheckFormats::cell).collect(Collectors.joining(",")))
        .append('\n');
  }

  /** A CSV cell, quoted; a leading =, +, - or @ is defused so spreadsheets never run it. */
  static String cell(String v) {
    String s = v == null ? "" : v.replace("\r", " ").replace("\n", " ");
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String orDash(String s) {
    return s == null ? "–" : s;
  }
}

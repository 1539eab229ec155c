package org.litgraph.api.http.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.litgraph.ingest.factcheck.AlignedSource;
import org.litgraph.ingest.factcheck.CheckedClaim;
import org.litgraph.ingest.factcheck.CheckworthyClaim;
import org.litgraph.ingest.factcheck.Evidence;
import org.litgraph.ingest.factcheck.FactCheckReport;
import org.litgraph.ingest.factcheck.SpinFlag;

/**
 * A fact-check worksheet as the API and {@code litgraph factcheck --format json} return it: the
 * piece, the as-of date, each check-worthy claim with verdict, deciding evidence, flags and ranked
 * evidence, and the documents the piece relies on. Dates are ISO strings or null.
 */
public record FactCheckDto(
    String title,
    String source,
    String published,
    String asOf,
    boolean pieceStored,
    long elapsedMillis,
    List<ClaimCheck> claims,
    List<Source> sources) {
  /** One check-worthy claim. */
  public record ClaimCheck(
      String id,
      String kind,
      int sentenceIndex,
      String sentence,
      String summary,
      EntityRefDto subject,
      String predicate,
      EntityRefDto object,
      boolean negated,
      boolean hedged,
      List<String> hedgeCues,
      List<String> species,
      String studyType,
      List<String> quantities,
      String attributedTo,
      String verdict,
      String rationale,
      List<String> deciding,
      List<Flag> flags,
      List<EvidenceItem> evidence) {}

  /** A spin flag with the evidence that raised it. */
  public record Flag(String type, String evidenceId, String explanation) {}

  /** One ranked evidence item. */
  public record EvidenceItem(
      String id,
      String origin,
      String stance,
      double score,
      String reason,
      String relation,
      String sentence,
      int sentenceIndex,
      String documentId,
      String documentTitle,
      String documentSource,
      String documentKind,
      String published,
      boolean negated,
      boolean hedged,
      List<String> species,
      String studyType,
      List<String> quantities) {}

  /** A document the piece relies on, with sentence pairs. */
  public record Source(
      String documentId,
      String title,
      String source,
      String published,
      String cited,
      double score,
      List<Pair> pairs) {}

  /** A news sentence next to a paper sentence. */
  public record Pair(String claimId, String newsSentence, String paperSentence) {}

  public static FactCheckDto from(FactCheckReport r) {
    return new FactCheckDto(
        r.title(),
        r.source(),
        date(r.published()),
        date(r.asOf()),
        r.stored(),
        r.elapsedMillis(),
        r.claims().stream().map(FactCheckDto::claim).toList(),
        r.sources().stream().map(FactCheckDto::source).toList());
  }

  private static ClaimCheck claim(CheckedClaim c) {
    CheckworthyClaim k = c.claim();
    return new ClaimCheck(
        k.id(),
        k.kind().name().toLowerCase(java.util.Locale.ROOT),
        k.sentenceIndex(),
        k.sentence(),
        k.summary(),
        k.subject().map(EntityRefDto::from).orElse(null),
        k.predicate().map(p -> p.label()).orElse(null),
        k.object().map(EntityRefDto::from).orElse(null),
        k.context().negated(),
        k.context().hedged(),
        k.context().hedgeCues(),
        k.context().species(),
        k.context().studyType(),
        k.context().quantities(),
        k.source().orElse(null),
        c.verdict().label(),
        c.rationale(),
        c.deciding(),
        c.flags().stream().map(FactCheckDto::flag).toList(),
        c.evidence().stream().map(FactCheckDto::evidence).toList());
  }

  private static Flag flag(SpinFlag f) {
    return new Flag(f.type().label(), f.evidenceId(), f.explanation());
  }

  private static EvidenceItem evidence(Evidence e) {
    return new EvidenceItem(
        e.id(),
        e.origin(),
        e.stance().name().toLowerCase(java.util.Locale.ROOT),
        e.score(),
        e.reason(),
        e.relation().orElse(null),
        e.sentence(),
        e.sentenceIndex(),
        e.documentId(),
        e.documentTitle(),
        e.documentSource(),
        e.documentKind().name().toLowerCase(java.util.Locale.ROOT),
        date(e.published()),
        e.negated(),
        e.hedged(),
        e.species(),
        e.studyType(),
        e.quantities());
  }

  private static Source source(AlignedSource s) {
    return new Source(
        s.documentId(),
        s.title(),
        s.source(),
        date(s.published()),
        s.cited().orElse(null),
        s.score(),
        s.pairs().stream()
            .map(p -> new Pair(p.claimId(), p.newsSentence(), p.paperSentence()))
            .toList());
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}

package org.litgraph.ingest.factcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The worksheet for one piece: its check-worthy claims with evidence, verdicts and flags, and the
 * documents it relies on.
 *
 * @param asOf evidence is restricted to documents published on or before this date, when present
 * @param stored whether the piece itself is a document of the graph (it is never stored by
 *     checking; its own sentences are never counted as evidence)
 * @param elapsedMillis time to check it, annotation included
 */
public record FactCheckReport(
    String title,
    String source,
    Optional<LocalDate> published,
    Optional<LocalDate> asOf,
    boolean stored,
    List<CheckedClaim> claims,
    List<AlignedSource> sources,
    long elapsedMillis) {
  public FactCheckReport {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(asOf, "asOf");
    claims = List.copyOf(claims);
    sources = List.copyOf(sources);
  }
}

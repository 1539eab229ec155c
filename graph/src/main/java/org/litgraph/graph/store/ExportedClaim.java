package org.litgraph.graph.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.litgraph.graph.model.Claim;

/**
 * A claim as exports need it: the claim, the sentence stating it, the stating document's PMID and
 * DOI when it has them, and the belief of the (subject, predicate, object) link it supports.
 *
 * @param title the stating document's title
 * @param belief the summary link's belief score, when the link exists
 */
public record ExportedClaim(
    Claim claim,
    Optional<String> sentence,
    String title,
    Optional<LocalDate> published,
    Optional<String> pmid,
    Optional<String> doi,
    OptionalDouble belief) {
  public ExportedClaim {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(pmid, "pmid");
    Objects.requireNonNull(doi, "doi");
    Objects.requireNonNull(belief, "belief");
  }

  /** The publication to cite: {@code PMID:n}, else {@code doi:...}, else the document id. */
  public String publication() {
    return pmid.map(p -> "PMID:" + p).or(() -> doi.map(d -> "doi:" + d)).orElse(claim.documentId());
  }
}

package org.litgraph.graph.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityRef;

/**
 * A stored claim with what a reader needs to judge it: both entities by name, the evidence sentence
 * and the document it comes from.
 *
 * @param sentence the evidence sentence's text, empty for structured facts
 * @param sentenceStart offset of that sentence in the document text (to place the trigger)
 */
public record ClaimView(
    Claim claim,
    EntityRef subject,
    EntityRef object,
    Optional<String> sentence,
    int sentenceStart,
    String documentTitle,
    String documentSource,
    DocumentKind documentKind,
    Optional<LocalDate> published) {
  public ClaimView {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(documentTitle, "documentTitle");
    Objects.requireNonNull(documentSource, "documentSource");
    Objects.requireNonNull(documentKind, "documentKind");
    Objects.requireNonNull(published, "published");
  }
}

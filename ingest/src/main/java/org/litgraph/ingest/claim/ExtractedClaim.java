package org.litgraph.ingest.claim;

import java.util.Objects;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.entity.RecognizedMention;

/**
 * One claim found in one sentence: subject, predicate, object, the trigger word that states it, its
 * context and who extracted it.
 *
 * @param triggerStart character offset of the trigger word in the document text, or -1 when the
 *     claim comes from a document-level rule (a trial's sponsor)
 */
public record ExtractedClaim(
    RecognizedMention subject,
    Predicate predicate,
    RecognizedMention object,
    int sentenceIndex,
    int triggerStart,
    int triggerEnd,
    String trigger,
    ClaimContext context,
    Provenance provenance) {
  public ExtractedClaim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(provenance, "provenance");
    if (subject.entity().id().equals(object.entity().id())) {
      throw new IllegalArgumentException("a claim links two different entities");
    }
  }

  /** A compact form for logs and tests: {@code MESH:D059630 decreases MESH:D016207}. */
  public String triple() {
    return subject.entity().id() + " " + predicate.label() + " " + object.entity().id();
  }
}

package org.litgraph.graph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement that a subject entity stands in a relation to an object entity, as one source says
 * it: from one sentence (with the trigger word's offsets), or from a document's structure (a trial
 * record's sponsor) with no sentence.
 *
 * @param id stable id: the same claim extracted again gets the same id
 * @param sentenceIndex the evidence sentence within the document, empty for structured facts
 * @param triggerStart character offset of the word that states the relation, or -1
 * @param triggerEnd end offset of that word, or -1
 * @param trigger the word itself ("reduce"), empty when there is none
 * @param context negation, hedging, species, study type, quantities
 * @param provenance the extractor and its version
 */
public record Claim(
    String id,
    Curie subject,
    Predicate predicate,
    Curie object,
    String documentId,
    Optional<Integer> sentenceIndex,
    int triggerStart,
    int triggerEnd,
    String trigger,
    ClaimContext context,
    Provenance provenance) {
  public Claim {
    Document.requireText(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Document.requireText(documentId, "documentId");
    Objects.requireNonNull(sentenceIndex, "sentenceIndex");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(provenance, "provenance");
    if (subject.equals(object)) {
      throw new IllegalArgumentException("a claim links two different entities: " + subject);
    }
    if (triggerStart < -1 || triggerEnd < triggerStart) {
      throw new IllegalArgumentException("bad trigger offsets " + triggerStart + "," + triggerEnd);
    }
  }
}

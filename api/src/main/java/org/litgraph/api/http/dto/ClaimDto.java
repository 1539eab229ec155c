package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.store.ClaimView;

/**
 * One claim with its evidence: the sentence (with the trigger's offsets inside it), the document,
 * its date, and what the sentence says about certainty and scope.
 *
 * @param triggerStart offset of the trigger word within {@code sentence}, or -1
 */
public record ClaimDto(
    String id,
    EntityRefDto subject,
    String predicate,
    EntityRefDto object,
    boolean negated,
    List<String> negationCues,
    boolean hedged,
    List<String> hedgeCues,
    List<String> species,
    String studyType,
    List<String> quantities,
    String trigger,
    String sentence,
    int triggerStart,
    int triggerEnd,
    Integer sentenceIndex,
    String documentId,
    String documentTitle,
    String documentSource,
    String documentKind,
    String published,
    String extractor) {
  public ClaimDto {
    negationCues = List.copyOf(negationCues);
    hedgeCues = List.copyOf(hedgeCues);
    species = List.copyOf(species);
    quantities = List.copyOf(quantities);
  }

  public static ClaimDto from(ClaimView v) {
    Claim c = v.claim();
    ClaimContext x = c.context();
    boolean placed = c.start().isPresent() && v.sentence().isPresent();
    return new ClaimDto(
        c.id(),
        EntityRefDto.from(v.subject()),
        c.predicate().label(),
        EntityRefDto.from(v.object()),
        x.negated(),
        x.negationCues(),
        x.hedged(),
        x.hedgeCues(),
        x.species(),
        x.studyType(),
        x.quantities(),
        c.trigger(),
        v.sentence().orElse(null),
        placed ? c.start().getAsInt() - v.sentenceStart() : -1,
        placed ? c.end().getAsInt() - v.sentenceStart() : -1,
        c.sentence().isPresent() ? c.sentence().getAsInt() : null,
        c.documentId(),
        v.documentTitle(),
        v.documentSource(),
        v.documentKind().name().toLowerCase(java.util.Locale.ROOT),
        v.published().map(Object::toString).orElse(null),
        c.provenance().toString());
  }
}

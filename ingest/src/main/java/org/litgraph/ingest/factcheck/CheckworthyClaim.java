package org.litgraph.ingest.factcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Predicate;

/**
 * One check-worthy statement of a piece, kept with the structure the claim extractor gave it.
 *
 * @param id stable within one report: {@code c1}, {@code c2}, ...
 * @param sentenceIndex the sentence of the piece it comes from
 * @param sentence that sentence's text
 * @param summary a short reading of the claim: "mesenchymal stem cell treats sepsis", "30 million
 *     cases", "World Health Organization"
 * @param subject the claim's subject, for causal claims
 * @param predicate the claim's predicate, for causal claims
 * @param object the claim's object, for causal claims
 * @param context negation, hedging, species, study type and quantities as the piece states them
 * @param source who the piece credits (attributions) or what it cites (citations)
 * @param entities the entities named in the sentence, for retrieval
 */
public record CheckworthyClaim(
    String id,
    CheckKind kind,
    int sentenceIndex,
    String sentence,
    String summary,
    Optional<EntityRef> subject,
    Optional<Predicate> predicate,
    Optional<EntityRef> object,
    ClaimContext context,
    Optional<String> source,
    List<EntityRef> entities) {
  public CheckworthyClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(source, "source");
    entities = List.copyOf(entities);
  }

  /** True for a claim with subject, predicate and object. */
  public boolean structured() {
    return subject.isPresent() && predicate.isPresent() && object.isPresent();
  }
}

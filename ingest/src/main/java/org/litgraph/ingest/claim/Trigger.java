package org.litgraph.ingest.claim;

import java.util.Objects;
import java.util.Set;
import org.litgraph.graph.model.Predicate;

/**
 * A word that states a relation: its lemma, whether it counts as a verb, noun or adjective, the
 * predicate it signals, the prepositions whose complements are objects, and which argument becomes
 * the claim's subject in the passive voice.
 *
 * @param passiveSubjectIsPatient true for "X is derived from Y" (X derived_from Y), false for "X is
 *     caused by Y" (Y causes X)
 */
record Trigger(
    String lemma,
    Pos pos,
    Predicate predicate,
    Set<String> objectPreps,
    boolean passiveSubjectIsPatient) {

  /** The part of speech a trigger counts in. */
  enum Pos {
    VERB,
    NOUN,
    ADJECTIVE
  }

  Trigger {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(predicate, "predicate");
    objectPreps = Set.copyOf(objectPreps);
  }
}

package org.litgraph.ingest.factcheck;

import java.util.EnumSet;
import java.util.Set;
import org.litgraph.graph.model.Predicate;

/**
 * How a stored claim's predicate bears on a checked claim's: the same family ("treats" and
 * "decreases" a disease both say it helps), the opposite one ("causes" against "prevents"), a mere
 * association, or nothing to say.
 */
enum PredicateFamily {
  SAME,
  OPPOSITE,
  ASSOCIATION,
  UNRELATED;

  private static final Set<Predicate> HELPS =
      EnumSet.of(Predicate.TREATS, Predicate.PREVENTS, Predicate.DECREASES);
  private static final Set<Predicate> HARMS =
      EnumSet.of(Predicate.CAUSES, Predicate.CONTRIBUTES_TO, Predicate.INCREASES);
  private static final Set<Predicate> WEAK =
      EnumSet.of(Predicate.ASSOCIATED_WITH, Predicate.INTERACTS_WITH, Predicate.REGULATES);
  static final Set<Predicate> CAUSAL =
      EnumSet.of(
          Predicate.TREATS,
          Predicate.PREVENTS,
          Predicate.CAUSES,
          Predicate.CONTRIBUTES_TO,
          Predicate.INCREASES,
          Predicate.DECREASES);

  static PredicateFamily of(Predicate claim, Predicate evidence) {
    if (claim == evidence) {
      return SAME;
    }
    if ((HELPS.contains(claim) && HELPS.contains(evidence))
        || (HARMS.contains(claim) && HARMS.contains(evidence))) {
      return SAME;
    }
    if ((HELPS.contains(claim) && HARMS.contains(evidence))
        || (HARMS.contains(claim) && HELPS.contains(evidence))) {
      return OPPOSITE;
    }
    if (WEAK.contains(evidence) || WEAK.contains(claim)) {
      return ASSOCIATION;
    }
    return UNRELATED;
  }
}

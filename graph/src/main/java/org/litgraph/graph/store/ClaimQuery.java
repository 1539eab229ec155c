package org.litgraph.graph.store;

import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Predicate;

/**
 * Which claims to list: any of subject, predicate and object may be fixed; pages of at most {@value
 * #MAX_LIMIT}, newest documents first.
 */
public record ClaimQuery(
    Optional<Curie> subject,
    Optional<Predicate> predicate,
    Optional<Curie> object,
    boolean includeNegated,
    int limit,
    int offset) {
  public static final int MAX_LIMIT = 200;

  public ClaimQuery {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0 || offset > 100_000) {
      throw new IllegalArgumentException("offset must be 0..100000, was " + offset);
    }
  }
}

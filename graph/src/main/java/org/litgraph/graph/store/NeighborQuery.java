package org.litgraph.graph.store;

import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;

/**
 * Which neighbours of an entity to read: optionally only one predicate ({@link
 * Predicate#CO_MENTIONED} for co-mentions) and only neighbours of one category; claim links first,
 * by belief, then co-mentions by sentence count.
 *
 * @param limit 1..{@value #MAX_LIMIT}
 */
public record NeighborQuery(
    Curie id, Optional<Predicate> predicate, Optional<EntityCategory> category, int limit) {
  public static final int MAX_LIMIT = 500;

  public NeighborQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(category, "category");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
  }
}

package org.litgraph.graph.store;

import java.util.Objects;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Predicate;

/**
 * A neighbour of an entity through claims: {@code outgoing} when the entity is the claims' subject
 * ({@code trial sponsored_by other}), incoming when it is their object.
 *
 * @param claims how many claims state it
 * @param documents in how many documents
 */
public record Relation(
    Predicate predicate, boolean outgoing, EntityRef other, long claims, long documents) {
  public Relation {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(other, "other");
  }
}

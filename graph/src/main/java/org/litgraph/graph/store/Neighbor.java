package org.litgraph.graph.store;

import java.util.Objects;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Predicate;

/**
 * One edge of an entity's neighbourhood, as the graph view draws it: a claim link summarised over
 * all its claims, or a co-mention ({@link Predicate#CO_MENTIONED}, which has no direction).
 *
 * @param direction {@link Direction#OUT} when the entity is the link's subject, {@link
 *     Direction#IN} when it is the object, {@link Direction#BOTH} for a co-mention
 * @param support claims stating the link, or sentences naming both for a co-mention
 * @param documents supporting documents of a claim link, or documents naming both
 * @param belief the claim link's belief score (see {@link EvidenceProfile}); 0 for a co-mention
 */
public record Neighbor(
    EntityRef other,
    Predicate predicate,
    Direction direction,
    long support,
    long documents,
    double belief) {

  /** Which way the link points, seen from the entity whose neighbours were asked for. */
  public enum Direction {
    OUT,
    IN,
    BOTH
  }

  public Neighbor {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(direction, "direction");
  }
}

package org.litgraph.graph.store;

import java.util.List;
import java.util.Objects;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Predicate;

/**
 * A chain of links from one entity to another (MSC → IL-10 → TNF-α → organ injury), each hop with
 * its evidence. The score is the product of the hops' beliefs: a chain is as credible as its links
 * together.
 */
public record MechanismPath(List<Hop> hops, double score) {
  public MechanismPath {
    hops = List.copyOf(hops);
    if (hops.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one hop");
    }
  }

  /** One link of a path with its profile and its best claims. */
  public record Hop(
      EntityRef from,
      Predicate predicate,
      EntityRef to,
      EvidenceProfile profile,
      List<ClaimView> claims) {
    public Hop {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(predicate, "predicate");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(profile, "profile");
      claims = List.copyOf(claims);
    }
  }
}

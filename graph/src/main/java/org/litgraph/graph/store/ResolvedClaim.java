package org.litgraph.graph.store;

import java.util.Objects;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.EntityRef;

/** A stored claim with names of its subject and object, ready to display. */
public record ResolvedClaim(Claim claim, EntityRef subject, EntityRef object) {
  public ResolvedClaim {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
  }
}

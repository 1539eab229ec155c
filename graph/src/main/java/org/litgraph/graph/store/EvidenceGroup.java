package org.litgraph.graph.store;

import java.util.List;
import java.util.Objects;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Predicate;

/** The claims of one (subject, predicate, object) link with the link's evidence profile. */
public record EvidenceGroup(
    EntityRef subject,
    Predicate predicate,
    EntityRef object,
    EvidenceProfile profile,
    List<ClaimView> claims) {
  public EvidenceGroup {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(profile, "profile");
    claims = List.copyOf(claims);
  }
}

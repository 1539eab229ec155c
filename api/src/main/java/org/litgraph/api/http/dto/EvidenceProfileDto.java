package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.store.EvidenceProfile;

/**
 * A link's evidence profile with the components of its belief score (see the README's "Belief"
 * section): independent supporting and contradicting documents, hedged ones, study types, species,
 * years, and the weighted support and contradiction the belief is computed from.
 */
public record EvidenceProfileDto(
    int supportingDocuments,
    int contradictingDocuments,
    int hedgedDocuments,
    int claims,
    List<String> studyTypes,
    List<String> species,
    List<Integer> years,
    double support,
    double contradiction,
    double belief) {
  public static EvidenceProfileDto from(EvidenceProfile p) {
    return new EvidenceProfileDto(
        p.supportingDocuments(),
        p.contradictingDocuments(),
        p.hedgedDocuments(),
        p.claims(),
        p.studyTypes(),
        p.species(),
        p.years(),
        p.support(),
        p.contradiction(),
        p.belief());
  }
}

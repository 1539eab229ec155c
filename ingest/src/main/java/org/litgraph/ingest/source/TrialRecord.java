package org.litgraph.ingest.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a ClinicalTrials.gov study that LitGraph uses, independent of the JSON dialect (API
 * v2 {@code protocolSection}, or the classic {@code FullStudiesResponse}) they came in. Phases,
 * statuses and classes are normalised: phase {@code "1/2"}, status {@code "not yet recruiting"}.
 */
record TrialRecord(
    String nctId,
    Optional<String> acronym,
    String briefTitle,
    Optional<String> officialTitle,
    Optional<String> status,
    Optional<String> phase,
    Optional<String> enrolment,
    Optional<String> studyType,
    Optional<String> firstPosted,
    Optional<String> startDate,
    Optional<Party> leadSponsor,
    List<Party> collaborators,
    List<String> conditions,
    List<String> keywords,
    List<Intervention> interventions,
    Optional<String> summary,
    Optional<String> description,
    Optional<String> eligibility,
    List<Location> locations,
    List<Mesh> conditionMeshes,
    List<Mesh> interventionMeshes) {
  TrialRecord {
    Objects.requireNonNull(nctId, "nctId");
    Objects.requireNonNull(briefTitle, "briefTitle");
    collaborators = List.copyOf(collaborators);
    conditions = List.copyOf(conditions);
    keywords = List.copyOf(keywords);
    interventions = List.copyOf(interventions);
    locations = List.copyOf(locations);
    conditionMeshes = List.copyOf(conditionMeshes);
    interventionMeshes = List.copyOf(interventionMeshes);
  }

  /** A sponsor or collaborator, with its ClinicalTrials.gov class (INDUSTRY, NIH, OTHER...). */
  record Party(String name, Optional<String> organizationClass) {}

  /** An intervention: type (DRUG, DEVICE...), name, description. */
  record Intervention(String type, String name, Optional<String> description) {}

  /** A study site. */
  record Location(
      Optional<String> facility,
      Optional<String> city,
      Optional<String> state,
      Optional<String> country) {}

  /** A MeSH term the registry derived from the conditions or interventions. */
  record Mesh(String id, String term) {}
}

package org.litgraph.graph.store;

import java.util.List;

/**
 * Facet counts over the documents matching a search (at most {@link #SCAN_LIMIT} of them, in index
 * order, are counted; beyond that the counts are a sample), each list most frequent first.
 *
 * @param category Biolink categories of the entities the documents mention
 * @param kind source kinds
 * @param year publication years
 * @param species species of the documents' claims
 * @param studyType study types of the documents' claims
 */
public record SearchFacets(
    List<FacetCount> category,
    List<FacetCount> kind,
    List<FacetCount> year,
    List<FacetCount> species,
    List<FacetCount> studyType) {
  /** How many matching documents facets are counted over. */
  public static final int SCAN_LIMIT = 20_000;

  /** No facets (nothing matched). */
  public static final SearchFacets EMPTY =
      new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());

  public SearchFacets {
    category = List.copyOf(category);
    kind = List.copyOf(kind);
    year = List.copyOf(year);
    species = List.copyOf(species);
    studyType = List.copyOf(studyType);
  }
}

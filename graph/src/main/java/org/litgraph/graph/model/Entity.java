package org.litgraph.graph.model;

import java.util.List;
import java.util.Objects;

/**
 * A normalised biomedical entity: a concept from a vocabulary, not a string.
 *
 * @param id its CURIE
 * @param category Biolink category
 * @param name preferred name
 * @param synonyms other names (without the preferred name)
 * @param xrefs the same concept in other vocabularies
 */
public record Entity(
    Curie id, EntityCategory category, String name, List<String> synonyms, List<Curie> xrefs) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Document.requireText(name, "name");
    synonyms = List.copyOf(synonyms);
    xrefs = List.copyOf(xrefs);
  }
}

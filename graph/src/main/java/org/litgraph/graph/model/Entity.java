package org.litgraph.graph.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A normalised biomedical entity: a concept from a vocabulary, not a string.
 *
 * @param id its CURIE
 * @param category Biolink category
 * @param name preferred name
 * @param synonyms other names (without the preferred name)
 * @param xrefs the same concept in other vocabularies
 * @param attributes facts about the entity found in text, keyed by lower-case names such as {@code
 *     enrolment}, {@code phase} or {@code country} (sorted by key)
 */
public record Entity(
    Curie id,
    EntityCategory category,
    String name,
    List<String> synonyms,
    List<Curie> xrefs,
    Map<String, String> attributes) {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Document.requireText(name, "name");
    synonyms = List.copyOf(synonyms);
    xrefs = List.copyOf(xrefs);
    for (String key : attributes.keySet()) {
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("attribute key must be lower_snake_case: '" + key + "'");
      }
    }
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /** An entity without attributes (vocabulary concepts). */
  public Entity(
      Curie id, EntityCategory category, String name, List<String> synonyms, List<Curie> xrefs) {
    this(id, category, name, synonyms, xrefs, Map.of());
  }

  /** The same entity with more attributes (new values win). */
  public Entity withAttributes(Map<String, String> more) {
    Map<String, String> all = new TreeMap<>(attributes);
    all.putAll(more);
    return new Entity(id, category, name, synonyms, xrefs, all);
  }
}

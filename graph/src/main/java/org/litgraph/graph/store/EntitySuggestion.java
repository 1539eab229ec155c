package org.litgraph.graph.store;

import java.util.Objects;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.EntityCategory;

/**
 * An autocomplete suggestion: an indexed entity whose name or synonym starts with (or has a word
 * starting with) what the user typed.
 *
 * @param matched the name or synonym that matched, as written
 * @param mentions how many indexed sentences mention the entity
 */
public record EntitySuggestion(
    Curie id, String name, EntityCategory category, String matched, long mentions) {
  public EntitySuggestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(matched, "matched");
  }
}

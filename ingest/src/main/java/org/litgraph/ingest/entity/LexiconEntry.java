package org.litgraph.ingest.entity;

import java.util.Objects;
import org.litgraph.graph.model.Entity;

/**
 * One surface form of an entity.
 *
 * @param caseSensitive whether the text must match the surface's case exactly (short symbols and
 *     abbreviations: "MSC", "IL-6")
 */
public record LexiconEntry(String surface, Entity entity, boolean caseSensitive) {
  public LexiconEntry {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(entity, "entity");
  }
}

package org.litgraph.graph.model;

import java.util.Objects;

/** A light reference to an entity: enough to draw a chip or a link. */
public record EntityRef(Curie id, String name, EntityCategory category) {
  public EntityRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
  }

  public static EntityRef of(Entity e) {
    return new EntityRef(e.id(), e.name(), e.category());
  }
}

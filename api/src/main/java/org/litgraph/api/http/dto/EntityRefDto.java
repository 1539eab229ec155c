package org.litgraph.api.http.dto;

import org.litgraph.graph.model.EntityRef;

/** An entity chip: id, preferred name and Biolink category. */
public record EntityRefDto(String id, String name, String category) {
  public static EntityRefDto from(EntityRef r) {
    return new EntityRefDto(r.id().toString(), r.name(), r.category().biolinkName());
  }
}

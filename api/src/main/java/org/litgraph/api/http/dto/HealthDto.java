package org.litgraph.api.http.dto;

import org.litgraph.graph.store.GraphCounts;

/** {@code GET /api/health}: liveness plus what is stored. */
public record HealthDto(
    String status, String version, long documents, long sentences, long entities, long mentions) {
  public static HealthDto from(String version, GraphCounts c) {
    return new HealthDto("ok", version, c.documents(), c.sentences(), c.entities(), c.mentions());
  }
}

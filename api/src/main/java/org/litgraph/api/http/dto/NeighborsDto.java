package org.litgraph.api.http.dto;

import java.util.List;
import java.util.Locale;
import org.litgraph.graph.store.Neighbor;

/**
 * {@code GET /api/entities/{id}/neighbors}: claim links (by belief) and co-mentions of an entity.
 */
public record NeighborsDto(String id, List<NeighborDto> neighbors) {
  public NeighborsDto {
    neighbors = List.copyOf(neighbors);
  }

  /**
   * One link: {@code direction} is {@code out} when the entity is the subject, {@code in} when it
   * is the object, {@code both} for {@code co_mentioned}; {@code support} counts claims (sentences
   * for a co-mention).
   */
  public record NeighborDto(
      EntityRefDto entity,
      String predicate,
      String direction,
      long support,
      long documents,
      double belief) {
    static NeighborDto from(Neighbor n) {
      return new NeighborDto(
          EntityRefDto.from(n.other()),
          n.predicate().label(),
          n.direction().name().toLowerCase(Locale.ROOT),
          n.support(),
          n.documents(),
          n.belief());
    }
  }

  public static NeighborsDto from(String id, List<Neighbor> neighbors) {
    return new NeighborsDto(id, neighbors.stream().map(NeighborDto::from).toList());
  }
}

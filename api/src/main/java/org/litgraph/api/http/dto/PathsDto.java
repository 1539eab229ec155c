package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.store.MechanismPath;

/** Mechanism chains between two entities, best first. */
public record PathsDto(String from, String to, int maxHops, List<Path> paths) {
  public PathsDto {
    paths = List.copyOf(paths);
  }

  /** One chain: its score (the product of the hops' beliefs) and hops. */
  public record Path(double score, List<Hop> hops) {
    public Path {
      hops = List.copyOf(hops);
    }
  }

  /** One link with its evidence profile and best claims. */
  public record Hop(
      EntityRefDto from,
      String predicate,
      EntityRefDto to,
      EvidenceProfileDto profile,
      List<ClaimDto> claims) {}

  public static PathsDto from(String from, String to, int maxHops, List<MechanismPath> paths) {
    return new PathsDto(
        from,
        to,
        maxHops,
        paths.stream()
            .map(
                p ->
                    new Path(
                        Math.round(p.score() * 10_000) / 10_000.0,
                        p.hops().stream()
                            .map(
                                h ->
                                    new Hop(
                                        EntityRefDto.from(h.from()),
                                        h.predicate().label(),
                                        EntityRefDto.from(h.to()),
                                        EvidenceProfileDto.from(h.profile()),
                                        h.claims().stream().map(ClaimDto::from).toList()))
                            .toList()))
            .toList());
  }
}

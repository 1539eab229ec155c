package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.store.EvidenceGroup;

/** All claims between two entities, grouped by (subject, predicate, object). */
public record EvidenceDto(String a, String b, List<Group> groups) {
  public EvidenceDto {
    groups = List.copyOf(groups);
  }

  /** One link with its profile and claims. */
  public record Group(
      EntityRefDto subject,
      String predicate,
      EntityRefDto object,
      EvidenceProfileDto profile,
      List<ClaimDto> claims) {
    public static Group from(EvidenceGroup g) {
      return new Group(
          EntityRefDto.from(g.subject()),
          g.predicate().label(),
          EntityRefDto.from(g.object()),
          EvidenceProfileDto.from(g.profile()),
          g.claims().stream().map(ClaimDto::from).toList());
    }
  }

  public static EvidenceDto from(String a, String b, List<EvidenceGroup> groups) {
    return new EvidenceDto(a, b, groups.stream().map(Group::from).toList());
  }
}

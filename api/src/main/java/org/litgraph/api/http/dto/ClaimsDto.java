package org.litgraph.api.http.dto;

import java.util.List;

/** A page of claims; {@code nextOffset} is set when there may be more. */
public record ClaimsDto(List<ClaimDto> claims, Integer nextOffset) {
  public ClaimsDto {
    claims = List.copyOf(claims);
  }
}

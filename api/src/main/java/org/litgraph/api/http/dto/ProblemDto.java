package org.litgraph.api.http.dto;

/** An RFC 9457 problem document: every API error has this shape. */
public record ProblemDto(String type, String title, int status, String detail, String instance) {
  public static ProblemDto of(int status, String title, String detail, String instance) {
    return new ProblemDto("about:blank", title, status, detail, instance);
  }
}

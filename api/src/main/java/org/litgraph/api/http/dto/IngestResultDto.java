package org.litgraph.api.http.dto;

import java.util.Locale;
import org.litgraph.ingest.DocumentResult;

/**
 * {@code POST /api/documents}: what happened to the posted document ({@code created}, {@code
 * updated} or {@code unchanged}) and its id; {@code note} says what was capped, if anything.
 */
public record IngestResultDto(
    String documentId, String source, String outcome, int sentences, int mentions, String note) {
  public static IngestResultDto from(DocumentResult r) {
    return new IngestResultDto(
        r.documentId().orElse(null),
        r.source(),
        r.outcome().name().toLowerCase(Locale.ROOT),
        r.sentences(),
        r.mentions(),
        r.reason().orElse(null));
  }
}

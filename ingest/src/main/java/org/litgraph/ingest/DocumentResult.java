package org.litgraph.ingest;

import java.util.Optional;

/**
 * What happened to one source.
 *
 * @param documentId the document id, when the source was read
 * @param outcome created, updated, unchanged or failed
 * @param reason why it failed (empty otherwise)
 */
public record DocumentResult(
    String source,
    Optional<String> documentId,
    Outcome outcome,
    Optional<String> reason,
    int sentences,
    int tokens,
    int mentions) {

  /** The fate of a source. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    FAILED
  }

  static DocumentResult failed(String source, String reason) {
    return new DocumentResult(
        source, Optional.empty(), Outcome.FAILED, Optional.of(reason), 0, 0, 0);
  }
}

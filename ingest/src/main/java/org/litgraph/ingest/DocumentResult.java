package org.litgraph.ingest;

import java.util.Optional;

/**
 * What happened to one source.
 *
 * @param documentId the document id, when the source was read
 * @param outcome created, updated, unchanged, skipped or failed
 * @param reason why it was skipped or failed; for a written document, what was capped (claims over
 *     the per-sentence or per-document limit); empty otherwise
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
    /** Not read, on purpose (a licence file in a corpus directory); the reason says why. */
    SKIPPED,
    FAILED
  }

  static DocumentResult skipped(String source, String reason) {
    return new DocumentResult(
        source, Optional.empty(), Outcome.SKIPPED, Optional.of(reason), 0, 0, 0);
  }

  static DocumentResult failed(String source, String reason) {
    return new DocumentResult(
        source, Optional.empty(), Outcome.FAILED, Optional.of(reason), 0, 0, 0);
  }
}

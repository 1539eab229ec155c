package org.litgraph.graph.model;

import java.util.Objects;

/**
 * A span of a sentence that names an entity.
 *
 * @param entityId the entity named
 * @param documentId the document
 * @param sentenceIndex the sentence's index in the document
 * @param start character offset into the document text (inclusive)
 * @param end character offset into the document text (exclusive)
 * @param text the surface text, {@code documentText.substring(start, end)}
 * @param provenance the extractor that found it
 */
public record Mention(
    Curie entityId,
    String documentId,
    int sentenceIndex,
    int start,
    int end,
    String text,
    Provenance provenance) {
  public Mention {
    Objects.requireNonNull(entityId, "entityId");
    Document.requireText(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, was " + sentenceIndex);
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention offsets [" + start + "," + end + ")");
    }
  }
}

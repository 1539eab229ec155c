package org.litgraph.graph.model;

import java.util.Objects;

/**
 * One sentence of a document, with its character offsets into the document text.
 *
 * @param documentId the document it belongs to
 * @param index 0-based position in the document
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the sentence text, equal to {@code documentText.substring(start, end)}
 */
public record Sentence(String documentId, int index, int start, int end, String text) {
  public Sentence {
    Document.requireText(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, was " + index);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence offsets [" + start + "," + end + ")");
    }
  }

  /** The sentence's own id: document id and index, e.g. {@code doc-3f2a#4}. */
  public String id() {
    return documentId + "#" + index;
  }
}

package org.litgraph.graph.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document's metadata. The id is derived from the source (see {@code DocumentIds} in
 * ingest) so that reading the same source twice yields the same document.
 *
 * @param id stable document id, e.g. {@code doc-3f2a9c1e0b7d4a11}
 * @param source where it came from: a URL, a file URI or {@code demo:...}
 * @param title the title, never blank (readers fall back to the first words of the text)
 * @param published publication date when known
 * @param kind the kind of source
 * @param contentHash hash of the text and metadata, to tell an unchanged document from a changed
 *     one
 * @param metadata bibliographic metadata: authors, venue, identifiers, citations
 */
public record Document(
    String id,
    String source,
    String title,
    Optional<LocalDate> published,
    DocumentKind kind,
    String contentHash,
    DocumentMetadata metadata) {
  public Document {
    Objects.requireNonNull(metadata, "metadata");
    requireText(id, "id");
    requireText(source, "source");
    requireText(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(kind, "kind");
    requireText(contentHash, "contentHash");
  }

  /** A document without bibliographic metadata. */
  public Document(
      String id,
      String source,
      String title,
      Optional<LocalDate> published,
      DocumentKind kind,
      String contentHash) {
    this(id, source, title, published, kind, contentHash, DocumentMetadata.NONE);
  }

  static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}

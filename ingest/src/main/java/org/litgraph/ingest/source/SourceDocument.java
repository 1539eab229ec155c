package org.litgraph.ingest.source;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;

/**
 * What a reader got out of a source, before any NLP: the main text and the metadata it found.
 *
 * @param source canonical source: URL, {@code file:} URI or {@code demo:} name; the document id is
 *     derived from it, so a reader that finds several documents in one file gives each its own
 *     (e.g. {@code https://pubmed.ncbi.nlm.nih.gov/12345/} for a PubMed record)
 * @param metadata authors, venue, identifiers, keywords, citations
 */
public record SourceDocument(
    String source,
    Optional<String> title,
    Optional<LocalDate> published,
    DocumentKind kind,
    String text,
    DocumentMetadata metadata) {
  public SourceDocument {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** A document without bibliographic metadata. */
  public SourceDocument(
      String source,
      Optional<String> title,
      Optional<LocalDate> published,
      DocumentKind kind,
      String text) {
    this(source, title, published, kind, text, DocumentMetadata.NONE);
  }
}

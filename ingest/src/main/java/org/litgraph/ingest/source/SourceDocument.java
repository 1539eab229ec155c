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
 * @param facts things and links read from a record's fields (a trial's sponsor and conditions),
 *     {@link RecordFacts#NONE} for prose-only sources
 */
public record SourceDocument(
    String source,
    Optional<String> title,
    Optional<LocalDate> published,
    DocumentKind kind,
    String text,
    DocumentMetadata metadata,
    RecordFacts facts) {
  public SourceDocument {
    Objects.requireNonNull(facts, "facts");
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
    this(source, title, published, kind, text, DocumentMetadata.NONE, RecordFacts.NONE);
  }

  /** A document with bibliographic metadata but no structured facts. */
  public SourceDocument(
      String source,
      Optional<String> title,
      Optional<LocalDate> published,
      DocumentKind kind,
      String text,
      DocumentMetadata metadata) {
    this(source, title, published, kind, text, metadata, RecordFacts.NONE);
  }
}

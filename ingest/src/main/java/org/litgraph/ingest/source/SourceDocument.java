package org.litgraph.ingest.source;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.DocumentKind;

/**
 * What a reader got out of a source, before any NLP: the main text and the metadata it found.
 *
 * @param source canonical source: URL, {@code file:} URI or {@code demo:} name
 */
public record SourceDocument(
    String source,
    Optional<String> title,
    Optional<LocalDate> published,
    DocumentKind kind,
    String text) {
  public SourceDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}

package org.litgraph.ingest.factcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ingested document the piece relies on: one it cites, or one whose sentences match its claims
 * best, with the news sentences next to the paper sentences.
 *
 * @param cited the piece's own reference or mention of it ("[2]", a journal name), when it cites it
 * @param score summed relevance of the matching evidence
 */
public record AlignedSource(
    String documentId,
    String title,
    String source,
    Optional<LocalDate> published,
    Optional<String> cited,
    double score,
    List<Pair> pairs) {
  /** A sentence of the piece next to the sentence of the document that matches it. */
  public record Pair(String claimId, String newsSentence, String paperSentence) {
    public Pair {
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(newsSentence, "newsSentence");
      Objects.requireNonNull(paperSentence, "paperSentence");
    }
  }

  public AlignedSource {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(cited, "cited");
    pairs = List.copyOf(pairs);
  }
}

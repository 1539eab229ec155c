package org.litgraph.ingest.factcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.DocumentKind;

/**
 * One piece of evidence for or against a claim: a stored claim of the graph or a sentence found by
 * search, with its document, date and source.
 *
 * @param id stable within one claim: {@code c3-e1}, ...
 * @param origin {@code graph} (a stored claim between the same or related entities) or {@code text}
 *     (a sentence found by full-text search)
 * @param relation for graph evidence, the stored claim as "subject predicate object"
 * @param sentenceIndex the sentence's index in its document, -1 for structured facts
 * @param score relevance in [0, 1], higher first
 * @param reason why the stance was chosen, in words
 * @param negated the evidence denies its relation
 * @param hedged the evidence states its relation as possible
 */
public record Evidence(
    String id,
    String origin,
    String documentId,
    String documentTitle,
    String documentSource,
    DocumentKind documentKind,
    Optional<LocalDate> published,
    String sentence,
    int sentenceIndex,
    Optional<String> relation,
    Stance stance,
    double score,
    String reason,
    boolean negated,
    boolean hedged,
    List<String> species,
    String studyType,
    List<String> quantities) {
  public Evidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(documentTitle, "documentTitle");
    Objects.requireNonNull(documentSource, "documentSource");
    Objects.requireNonNull(documentKind, "documentKind");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(reason, "reason");
    species = List.copyOf(species);
    Objects.requireNonNull(studyType, "studyType");
    quantities = List.copyOf(quantities);
  }

  /** The same evidence under another id. */
  public Evidence withId(String newId) {
    return new Evidence(
        newId,
        origin,
        documentId,
        documentTitle,
        documentSource,
        documentKind,
        published,
        sentence,
        sentenceIndex,
        relation,
        stance,
        score,
        reason,
        negated,
        hedged,
        species,
        studyType,
        quantities);
  }
}

package org.litgraph.graph.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.Sentence;

/**
 * A stored document with its metadata, text, sentences, mentions sorted by offset, and the claims
 * it states (structured claims first, then by sentence).
 *
 * @param citedDocuments for each of the document's citations ({@code
 *     document().metadata().citations()}, by position) that refers to a stored document, that
 *     document's id
 */
public record DocumentView(
    Document document,
    String text,
    List<Sentence> sentences,
    List<ResolvedMention> mentions,
    List<ResolvedClaim> claims,
    Map<Integer, String> citedDocuments) {
  /** A view without claims or linked citations. */
  public DocumentView(
      Document document, String text, List<Sentence> sentences, List<ResolvedMention> mentions) {
    this(document, text, sentences, mentions, List.of(), Map.of());
  }

  public DocumentView {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
    citedDocuments = Collections.unmodifiableMap(new TreeMap<>(citedDocuments));
  }
}

package org.litgraph.graph.store;

import java.util.List;

/** Documents and sentences matching a query, best first, with total hit counts. */
public record SearchResults(
    String query,
    long documentHits,
    long sentenceHits,
    List<DocumentHit> documents,
    List<SentenceHit> sentences) {
  public SearchResults {
    documents = List.copyOf(documents);
    sentences = List.copyOf(sentences);
  }
}

package org.litgraph.graph.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.model.EntityRef;

/**
 * Documents and sentences matching a query, best first, with total hit counts.
 *
 * @param facets counts over the matching documents
 * @param nextCursor pass it back as {@link SearchRequest#cursor()} for the next page; empty on the
 *     last page
 * @param expansion the entities whose mentions the query was widened to (by name, synonym or id)
 */
public record SearchResults(
    String query,
    long documentHits,
    long sentenceHits,
    List<DocumentHit> documents,
    List<SentenceHit> sentences,
    SearchFacets facets,
    Optional<String> nextCursor,
    List<EntityRef> expansion) {
  public SearchResults {
    documents = List.copyOf(documents);
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(nextCursor, "nextCursor");
    expansion = List.copyOf(expansion);
  }
}

package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.store.DocumentHit;
import org.litgraph.graph.store.FacetCount;
import org.litgraph.graph.store.SearchFacets;
import org.litgraph.graph.store.SearchResults;
import org.litgraph.graph.store.SentenceHit;

/**
 * {@code GET /api/search}: matching documents and sentences. Snippets are HTML-escaped text whose
 * only markup is {@code <mark>}. {@code nextCursor} (null on the last page) fetches the next page;
 * {@code expansion} lists the entities whose mentions the query was widened to.
 */
public record SearchDto(
    String query,
    long documentHits,
    long sentenceHits,
    List<DocumentHitDto> documents,
    List<SentenceHitDto> sentences,
    FacetsDto facets,
    String nextCursor,
    List<EntityRefDto> expansion) {

  /** Facet counts over the matching documents, most frequent first. */
  public record FacetsDto(
      List<FacetDto> category,
      List<FacetDto> kind,
      List<FacetDto> year,
      List<FacetDto> species,
      List<FacetDto> studyType) {
    static FacetsDto from(SearchFacets f) {
      return new FacetsDto(
          FacetDto.of(f.category()),
          FacetDto.of(f.kind()),
          FacetDto.of(f.year()),
          FacetDto.of(f.species()),
          FacetDto.of(f.studyType()));
    }
  }

  /** One facet value and its count. */
  public record FacetDto(String value, long count) {
    static List<FacetDto> of(List<FacetCount> counts) {
      return counts.stream().map(c -> new FacetDto(c.value(), c.count())).toList();
    }
  }

  /** A matching document; {@code published} is an ISO date or null. */
  public record DocumentHitDto(
      String id,
      String title,
      String kind,
      String source,
      String published,
      float score,
      String snippet,
      List<EntityRefDto> entities) {
    static DocumentHitDto from(DocumentHit h) {
      return new DocumentHitDto(
          h.id(),
          h.title(),
          h.kind().name(),
          h.source(),
          h.published().map(Object::toString).orElse(null),
          h.score(),
          h.snippet(),
          h.entities().stream().map(EntityRefDto::from).toList());
    }
  }

  /** A matching sentence. */
  public record SentenceHitDto(
      String documentId,
      String documentTitle,
      int index,
      float score,
      String snippet,
      List<EntityRefDto> entities) {
    static SentenceHitDto from(SentenceHit h) {
      return new SentenceHitDto(
          h.documentId(),
          h.documentTitle(),
          h.index(),
          h.score(),
          h.snippet(),
          h.entities().stream().map(EntityRefDto::from).toList());
    }
  }

  public static SearchDto from(SearchResults r) {
    return new SearchDto(
        r.query(),
        r.documentHits(),
        r.sentenceHits(),
        r.documents().stream().map(DocumentHitDto::from).toList(),
        r.sentences().stream().map(SentenceHitDto::from).toList(),
        FacetsDto.from(r.facets()),
        r.nextCursor().orElse(null),
        r.expansion().stream().map(EntityRefDto::from).toList());
  }
}

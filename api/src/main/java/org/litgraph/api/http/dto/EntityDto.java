package org.litgraph.api.http.dto;

import java.util.List;
import java.util.Map;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.store.EntityCard;

/**
 * {@code GET /api/entities/{id}}: names, attributes read from text (a trial's enrolment, an
 * organisation's country), counts, co-mentioned entities and documents.
 */
public record EntityDto(
    String id,
    String name,
    String category,
    List<String> synonyms,
    List<String> xrefs,
    Map<String, String> attributes,
    long mentionCount,
    long documentCount,
    List<CoMentionDto> coMentions,
    List<DocumentRefDto> documents) {

  /** Another entity named in the same sentences, and in how many. */
  public record CoMentionDto(String id, String name, String category, long count) {}

  /** A document naming the entity, and how often. */
  public record DocumentRefDto(String id, String title, long mentions) {}

  public static EntityDto from(EntityCard card) {
    Entity e = card.entity();
    return new EntityDto(
        e.id().toString(),
        e.name(),
        e.category().biolinkName(),
        e.synonyms(),
        e.xrefs().stream().map(Curie::toString).toList(),
        e.attributes(),
        card.mentionCount(),
        card.documentCount(),
        card.coMentions().stream()
            .map(
                c ->
                    new CoMentionDto(
                        c.entity().id().toString(),
                        c.entity().name(),
                        c.entity().category().biolinkName(),
                        c.sentences()))
            .toList(),
        card.documents().stream()
            .map(d -> new DocumentRefDto(d.id(), d.title(), d.mentions()))
            .toList());
  }
}

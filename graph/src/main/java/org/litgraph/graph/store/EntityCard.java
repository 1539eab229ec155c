package org.litgraph.graph.store;

import java.util.List;
import java.util.Objects;
import org.litgraph.graph.model.Entity;

/**
 * What the graph knows about one entity: its names, how often it is mentioned, its neighbours by
 * co-mention and by claim, and the documents naming it.
 */
public record EntityCard(
    Entity entity,
    long mentionCount,
    long documentCount,
    List<CoMention> coMentions,
    List<DocumentRef> documents,
    List<Relation> relations) {
  /** A card without claim neighbours. */
  public EntityCard(
      Entity entity,
      long mentionCount,
      long documentCount,
      List<CoMention> coMentions,
      List<DocumentRef> documents) {
    this(entity, mentionCount, documentCount, coMentions, documents, List.of());
  }

  public EntityCard {
    Objects.requireNonNull(entity, "entity");
    coMentions = List.copyOf(coMentions);
    documents = List.copyOf(documents);
    relations = List.copyOf(relations);
  }
}

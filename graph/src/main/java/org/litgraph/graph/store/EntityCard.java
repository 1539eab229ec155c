package org.litgraph.graph.store;

import java.util.List;
import java.util.Objects;
import org.litgraph.graph.model.Entity;

/** What the graph knows about one entity: its names, how often it is mentioned, its neighbours. */
public record EntityCard(
    Entity entity,
    long mentionCount,
    long documentCount,
    List<CoMention> coMentions,
    List<DocumentRef> documents) {
  public EntityCard {
    Objects.requireNonNull(entity, "entity");
    coMentions = List.copyOf(coMentions);
    documents = List.copyOf(documents);
  }
}

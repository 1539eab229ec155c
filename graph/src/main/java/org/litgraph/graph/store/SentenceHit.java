package org.litgraph.graph.store;

import java.util.List;
import org.litgraph.graph.model.EntityRef;

/**
 * A matching sentence.
 *
 * @param snippet HTML-escaped sentence in which the only markup is {@code <mark>...</mark>}
 */
public record SentenceHit(
    String documentId,
    String documentTitle,
    int index,
    float score,
    String snippet,
    List<EntityRef> entities) {
  public SentenceHit {
    entities = List.copyOf(entities);
  }
}

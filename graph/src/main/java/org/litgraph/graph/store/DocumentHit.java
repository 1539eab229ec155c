package org.litgraph.graph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityRef;

/**
 * A matching document.
 *
 * @param snippet HTML-escaped text in which the only markup is {@code <mark>...</mark>}
 */
public record DocumentHit(
    String id,
    String title,
    DocumentKind kind,
    String source,
    Optional<LocalDate> published,
    float score,
    String snippet,
    List<EntityRef> entities) {
  public DocumentHit {
    entities = List.copyOf(entities);
  }
}

package org.litgraph.ingest.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched HTML page as a crawler needs it.
 *
 * @param links absolute addresses of the page's links, in page order (none under {@code nofollow})
 * @param follow false when {@code <meta name=robots>} says nofollow
 * @param index false when {@code <meta name=robots>} says noindex
 * @param document the document read from the page, unless it had no readable text
 * @param problem why there is no document
 */
public record HtmlPage(
    List<String> links,
    boolean follow,
    boolean index,
    Optional<SourceDocument> document,
    Optional<String> problem) {
  public HtmlPage {
    links = List.copyOf(links);
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(problem, "problem");
    if (document.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("a page has either a document or a problem");
    }
  }
}

package org.litgraph.ingest.source.crawl;

import org.litgraph.ingest.source.SourceDocument;

/**
 * Receives a crawl's pages as they are done. {@link #document} is where the pages go (the CLI
 * ingests them); it runs before the page is recorded as done, so a page whose document was not
 * taken (the process died) is fetched again on resume. An exception thrown from it stops the crawl.
 */
public interface CrawlListener {
  /** A new or changed document from the page at {@code url}. */
  default void document(String url, SourceDocument document) {}

  /** A page is done; {@code done} pages so far in this invocation, {@code pending} still queued. */
  default void pageDone(PageOutcome outcome, int done, int pending) {}
}

package org.litgraph.ingest.source.crawl;

import java.util.Locale;

/** What became of one page of a crawl. */
public enum CrawlStatus {
  /** Fetched, read, and handed on as a new or changed document. */
  FETCHED,
  /** Fetched, but the content hash equals the last fetch's: nothing handed on. */
  UNCHANGED,
  /** The server answered 304 to the conditional request. */
  NOT_MODIFIED,
  SKIPPED_ROBOTS,
  SKIPPED_GUARD,
  SKIPPED_CONTENT_TYPE,
  SKIPPED_SIZE,
  /** The same page as one already crawled: same canonical address or same content. */
  SKIPPED_DUPLICATE,
  /** The page asks not to be indexed ({@code <meta name=robots content=noindex>}). */
  SKIPPED_NOINDEX,
  FAILED;

  public boolean isSkip() {
    return name().startsWith("SKIPPED_");
  }

  /** True when the server answered with the page (or 304). */
  public boolean isResponse() {
    return this == FETCHED
        || this == UNCHANGED
        || this == NOT_MODIFIED
        || this == SKIPPED_DUPLICATE
        || this == SKIPPED_NOINDEX;
  }

  /** For summaries: {@code not-modified}, {@code robots}, {@code content-type}. */
  public String label() {
    String n = isSkip() ? name().substring("SKIPPED_".length()) : name();
    return n.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package org.litgraph.ingest.source.crawl;

import java.util.Objects;
import java.util.Optional;

/**
 * One page of a crawl and what became of it.
 *
 * @param url the address as queued (canonical)
 * @param depth link steps from a seed
 * @param status the outcome
 * @param reason why it was skipped or failed, or what it duplicates
 */
public record PageOutcome(String url, int depth, CrawlStatus status, Optional<String> reason) {
  public PageOutcome {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}

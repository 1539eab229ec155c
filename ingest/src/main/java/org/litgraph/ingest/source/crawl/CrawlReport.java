package org.litgraph.ingest.source.crawl;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of one crawl invocation.
 *
 * @param pages every page done in this invocation, in order
 * @param elapsed wall time
 * @param resumed true when it continued an earlier, unfinished run
 * @param pending pages left on the frontier (0 when the run finished)
 */
public record CrawlReport(List<PageOutcome> pages, Duration elapsed, boolean resumed, int pending) {
  public CrawlReport {
    pages = List.copyOf(pages);
  }

  public long count(CrawlStatus status) {
    return pages.stream().filter(p -> p.status() == status).count();
  }

  /** Pages the server answered with content or 304. */
  public long fetched() {
    return pages.stream().filter(p -> p.status().isResponse()).count();
  }

  public long skipped() {
    return pages.stream().filter(p -> p.status().isSkip()).count();
  }

  /** Pages answered per second of wall time. */
  public double pagesPerSecond() {
    return fetched() / Math.max(0.001, elapsed.toNanos() / 1e9);
  }

  /** Counts, skip reasons, then one line per skipped or failed page. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "crawl: %d fetched (%d new or changed, %d unchanged, %d not modified (304)),"
                + " %d skipped, %d failed in %.1f s (%.1f pages/s)%s%n",
            fetched(),
            count(CrawlStatus.FETCHED),
            count(CrawlStatus.UNCHANGED),
            count(CrawlStatus.NOT_MODIFIED),
            skipped(),
            count(CrawlStatus.FAILED),
            elapsed.toMillis() / 1000.0,
            pagesPerSecond(),
            resumed ? ", resumed an unfinished crawl" : ""));
    Map<CrawlStatus, Long> skips = new EnumMap<>(CrawlStatus.class);
    pages.stream()
        .filter(p -> p.status().isSkip())
        .forEach(p -> skips.merge(p.status(), 1L, Long::sum));
    if (!skips.isEmpty()) {
      List<String> parts = new java.util.ArrayList<>();
      skips.forEach((s, n) -> parts.add(s.label() + " " + n));
      b.append("skipped: ").append(String.join(", ", parts)).append(System.lineSeparator());
    }
    if (pending > 0) {
      b.append(pending)
          .append(" page(s) left on the frontier; run crawl again to continue")
          .append(System.lineSeparator());
    }
    for (PageOutcome p : pages) {
      if (p.status().isSkip() || p.status() == CrawlStatus.FAILED) {
        b.append(
                p.status() == CrawlStatus.FAILED
                    ? "failed: "
                    : "skipped (" + p.status().label() + "): ")
            .append(p.url())
            .append(p.reason().map(r -> ": " + r).orElse(""))
            .append(System.lineSeparator());
      }
    }
    return b.toString();
  }
}

package org.litgraph.ingest.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which links a crawl follows, and how its summary reads. */
class CrawlScopeTest {
  private final CrawlScope scope = new CrawlScope(Set.of("ledger.example"), 2);

  @Test
  void followsSameSiteLinksCanonicalisedWithinTheDepth() {
    assertEquals(
        Optional.of("https://www.ledger.example/news/a"),
        scope.admit("https://WWW.Ledger.example:443/news/a?utm_source=x#c", 2),
        "www. counts as the same site but stays in the address: it may be another server");
    assertEquals(Optional.empty(), scope.admit("https://ledger.example/news/a", 3));
    assertEquals(Optional.empty(), scope.admit("https://other.example/news/a", 1));
    assertEquals(Optional.empty(), scope.admit("mailto:desk@ledger.example", 1));
    assertEquals(Optional.empty(), scope.admit("javascript:void(0)", 1));
  }

  @Test
  void skipsLinksToImagesArchivesAndDocuments() {
    for (String file : List.of("a.jpg", "b.PDF", "c.zip", "d.mp4", "e.css", "f.docx")) {
      assertEquals(Optional.empty(), scope.admit("https://ledger.example/files/" + file, 1), file);
    }
    assertEquals(
        Optional.of("https://ledger.example/news/page.html"),
        scope.admit("https://ledger.example/news/page.html", 1));
  }

  @Test
  void summaryCountsEachOutcomeAndNamesEverySkippedOrFailedPage() {
    CrawlReport report =
        new CrawlReport(
            List.of(
                new PageOutcome("https://l.example/", 0, CrawlStatus.FETCHED, Optional.empty()),
                new PageOutcome("https://l.example/u", 1, CrawlStatus.UNCHANGED, Optional.empty()),
                new PageOutcome(
                    "https://l.example/n", 1, CrawlStatus.NOT_MODIFIED, Optional.empty()),
                new PageOutcome(
                    "https://l.example/p",
                    1,
                    CrawlStatus.SKIPPED_ROBOTS,
                    Optional.of("disallowed")),
                new PageOutcome(
                    "https://l.example/x", 1, CrawlStatus.FAILED, Optional.of("HTTP 500"))),
            Duration.ofSeconds(2),
            true,
            4);
    assertEquals(3, report.fetched());
    assertEquals(
        """
        crawl: 3 fetched (1 new or changed, 1 unchanged, 1 not modified (304)), 1 skipped, 1 failed\
         in 2.0 s (1.5 pages/s), resumed an unfinished crawl
        skipped: robots 1
        4 page(s) left on the frontier; run crawl again to continue
        skipped (robots): https://l.example/p: disallowed
        failed: https://l.example/x: HTTP 500
        """,
        report.summary().replace(System.lineSeparator(), "\n"));
  }
}

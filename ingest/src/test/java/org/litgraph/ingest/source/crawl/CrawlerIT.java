package org.litgraph.ingest.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.web.AddressGuard;
import org.litgraph.ingest.source.web.RetryPolicy;

/** The crawler of issue 5 against {@link FixtureSite} on 127.0.0.1. */
class CrawlerIT {
  @TempDir Path state;

  private static final RetryPolicy FAST_RETRY =
      new RetryPolicy(2, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5));

  /** Collects what a crawl hands on. */
  private static final class Collector implements CrawlListener {
    final Map<String, SourceDocument> documents = new LinkedHashMap<>();
    final List<PageOutcome> outcomes = new ArrayList<>();

    @Override
    public void document(String url, SourceDocument document) {
      documents.put(url, document);
    }

    @Override
    public void pageDone(PageOutcome outcome, int done, int pending) {
      outcomes.add(outcome);
    }
  }

  private CrawlConfig config(FixtureSite site, String... paths) {
    List<URI> seeds = new ArrayList<>();
    for (String p : paths) {
      seeds.add(URI.create(site.base() + p));
    }
    return CrawlConfig.of(state, seeds)
        .withAllowPrivate(true)
        .withDelay(Duration.ZERO)
        .withRetry(FAST_RETRY)
        .withMaxBytes(100_000)
        .withUserAgent("LitGraphTest/1.0");
  }

  private static Map<String, CrawlStatus> statuses(FixtureSite site, CrawlReport report) {
    Map<String, CrawlStatus> m = new TreeMap<>();
    for (PageOutcome p : report.pages()) {
      m.put(p.url().replace(site.base(), ""), p.status());
    }
    return m;
  }

  private static Map<String, Long> counts(List<String> paths) {
    return paths.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void crawlsTheFixtureSiteObeyingRobotsGuardLimitsAndPoliteness() throws Exception {
    try (FixtureSite site = new FixtureSite("0.2")) {
      CrawlConfig config =
          config(site, "/")
              .withDelay(Duration.ofMillis(100))
              .withSitemaps(List.of(URI.create(site.base() + "/sitemap.xml")))
              .withFeeds(List.of(URI.create(site.base() + "/feed.xml")));
      Collector collector = new Collector();
      CrawlReport report = new Crawler(config).crawl(collector);

      Map<String, CrawlStatus> expected = new TreeMap<>();
      for (String fetched :
          List.of(
              "/",
              "/news/sitemap-only",
              "/news/feed-only",
              "/news/stem-cell-trial",
              "/news/trial-update",
              "/news/latin1",
              "/busy",
              "/redirect/loopback",
              "/etag-page",
              "/news/deep",
              "/news/older")) {
        expected.put(fetched, CrawlStatus.FETCHED);
      }
      expected.put("/private/from-sitemap", CrawlStatus.SKIPPED_ROBOTS);
      expected.put("/private/secret", CrawlStatus.SKIPPED_ROBOTS);
      expected.put("/copy-of-trial", CrawlStatus.SKIPPED_DUPLICATE);
      expected.put("/mirror/trial", CrawlStatus.SKIPPED_DUPLICATE);
      expected.put("/redirect/metadata", CrawlStatus.SKIPPED_GUARD);
      expected.put("/redirect/file", CrawlStatus.SKIPPED_GUARD);
      expected.put("/redirect/chain/1", CrawlStatus.FAILED);
      expected.put("/big", CrawlStatus.SKIPPED_SIZE);
      expected.put("/binary", CrawlStatus.SKIPPED_CONTENT_TYPE);
      expected.put("/data", CrawlStatus.SKIPPED_CONTENT_TYPE);
      assertEquals(expected, statuses(site, report), report.summary());
      assertEquals(0, report.pending());

      // what the server saw: nothing disallowed, nothing twice, no link beyond the limits
      Map<String, Long> seen = counts(site.paths());
      for (String never :
          List.of(
              "/private/secret",
              "/private/from-sitemap",
              "/redirect/chain/7",
              "/files/report.pdf",
              "/news/deeper")) {
        assertFalse(seen.containsKey(never), never + " was requested");
      }
      assertTrue(seen.containsKey("/redirect/chain/6"), "five redirects are followed");
      assertEquals(1L, seen.get("/news/stem-cell-trial"));
      assertEquals(1L, seen.get("/news/trial-update"), "tracking parameters were dropped");
      assertEquals(2L, seen.get("/busy"), "one 429, one retry");
      assertEquals(1L, seen.get("/news/moved"), "the loopback redirect is allowed here");
      assertTrue(site.requests().stream().noneMatch(r -> r.host().contains("elsewhere")));

      // what was handed on
      SourceDocument trial = collector.documents.get(site.base() + "/news/stem-cell-trial");
      assertEquals(DocumentKind.NEWS, trial.kind());
      assertEquals(site.base() + "/news/stem-cell-trial", trial.source());
      assertFalse(trial.text().contains("cookies"), trial.text());
      assertFalse(trial.text().contains("Disclaimer"), trial.text());
      assertTrue(trial.text().contains("\n\nForty patients"), trial.text());
      SourceDocument latin = collector.documents.get(site.base() + "/news/latin1");
      assertTrue(latin.text().contains("l'hôpital ont présenté l'étude"), latin.text());
      assertEquals(
          "http://localhost:" + site.port() + "/news/moved",
          collector.documents.get(site.base() + "/redirect/loopback").source());
      assertEquals(11, collector.documents.size());

      // politeness: per host, requests at least the robots.txt Crawl-delay apart (the first gap,
      // before robots.txt was read, at least the configured delay); the 429 waited Retry-After
      Map<String, List<Long>> byHost = new HashMap<>();
      for (FixtureSite.Request r : site.requests()) {
        byHost.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(r.nanos());
      }
      for (Map.Entry<String, List<Long>> host : byHost.entrySet()) {
        List<Long> t = host.getValue();
        for (int i = 1; i < t.size(); i++) {
          long gapMs = (t.get(i) - t.get(i - 1)) / 1_000_000;
          long min = i == 1 ? 100 : 200;
          assertTrue(gapMs >= min - 1, host.getKey() + " gap " + i + " was " + gapMs + " ms");
        }
      }
      List<Long> busy =
          site.requests().stream()
              .filter(r -> r.path().equals("/busy"))
              .map(FixtureSite.Request::nanos)
              .toList();
      assertTrue((busy.get(1) - busy.get(0)) / 1_000_000 >= 999, "Retry-After: 1 was honoured");
      assertTrue(
          report
              .summary()
              .contains("skipped: robots 2, guard 2, content-type 2, size 1, duplicate 2"),
          report.summary());
    }
  }

  @Test
  void reCrawlSendsValidatorsAndCountsNotModifiedAndUnchangedPages() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      CrawlConfig config = config(site, "/etag-page", "/news/stem-cell-trial").withMaxDepth(0);
      Collector first = new Collector();
      CrawlReport one = new Crawler(config).crawl(first);
      assertEquals(2, one.count(CrawlStatus.FETCHED), one.summary());
      assertEquals(2, first.documents.size());

      Collector second = new Collector();
      CrawlReport two = new Crawler(config).crawl(second);
      assertFalse(two.resumed(), "the first run had finished; this is a new run");
      assertEquals(
          Map.of(
              "/etag-page", CrawlStatus.NOT_MODIFIED,
              "/news/stem-cell-trial", CrawlStatus.UNCHANGED),
          statuses(site, two));
      assertEquals(Map.of(), second.documents, "nothing new to hand on");
      List<FixtureSite.Request> etagRequests =
          site.requests().stream().filter(r -> r.path().equals("/etag-page")).toList();
      assertEquals(2, etagRequests.size());
      assertTrue(etagRequests.get(0).ifNoneMatch().isEmpty());
      assertEquals(FixtureSite.ETAG, etagRequests.get(1).ifNoneMatch().orElseThrow());
    }
  }

  @Test
  void interruptedCrawlResumesWithoutFetchingAnyPageTwice() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      CrawlConfig config = config(site, "/").withMaxDepth(1);
      Crawler first = new Crawler(config);
      List<PageOutcome> done = new ArrayList<>();
      CrawlReport one =
          first.crawl(
              new CrawlListener() {
                @Override
                public void pageDone(PageOutcome outcome, int n, int pending) {
                  done.add(outcome);
                  if (n == 5) {
                    first.stop();
                  }
                }
              });
      assertEquals(5, one.pages().size());
      assertTrue(one.pending() > 0);
      int requestsBefore = site.requests().size();

      CrawlReport two = new Crawler(config).crawl(new Collector());
      assertTrue(two.resumed());
      assertEquals(0, two.pending());
      done.addAll(two.pages());

      // the second run asked for nothing the first had (robots.txt aside: it is per process)
      Set<String> firstPaths =
          site.requests().subList(0, requestsBefore).stream()
              .map(FixtureSite.Request::path)
              .collect(Collectors.toSet());
      for (FixtureSite.Request r :
          site.requests().subList(requestsBefore, site.requests().size())) {
        if (!r.path().equals("/robots.txt")) {
          assertFalse(firstPaths.contains(r.path()), r.path() + " fetched again after resume");
        }
      }
      Set<String> urls = done.stream().map(PageOutcome::url).collect(Collectors.toSet());
      assertEquals(done.size(), urls.size(), "no page done twice");
      assertEquals(16, urls.size(), "every page of depth 0 and 1: " + urls);
    }
  }

  @Test
  void crawlKilledWhileHandingOnAPageResumesAndRedoesOnlyThatPage() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      CrawlConfig config = config(site, "/").withMaxDepth(1);
      List<String> taken = new ArrayList<>();
      RuntimeException crash =
          assertThrows(
              IllegalStateException.class,
              () ->
                  new Crawler(config)
                      .crawl(
                          new CrawlListener() {
                            @Override
                            public void document(String url, SourceDocument d) {
                              if (taken.size() == 2) {
                                throw new IllegalStateException("killed at " + url);
                              }
                              taken.add(url);
                            }
                          }));
      String killedAt = crash.getMessage().substring("killed at ".length());
      Collector collector = new Collector();
      new Crawler(config).crawl(collector);
      assertTrue(collector.documents.containsKey(killedAt), "the page being handed on is redone");
      for (String url : taken) {
        assertFalse(collector.documents.containsKey(url), url + " handed on twice");
      }
    }
  }

  @Test
  void guardRefusesTheLocalSiteWithoutAllowPrivateAndSendsNoRequest() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      CrawlReport report =
          new Crawler(config(site, "/").withAllowPrivate(false)).crawl(new Collector());
      assertEquals(Map.of("/", CrawlStatus.SKIPPED_GUARD), statuses(site, report));
      assertTrue(
          report.pages().getFirst().reason().orElseThrow().contains("is loopback"),
          report.summary());
      assertEquals(List.of(), site.requests());
    }
  }

  @Test
  void redirectsToLoopbackMetadataAndFileAreRefusedWithoutAllowPrivate() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      // the fixture host passes as public, so the guard judges the redirect targets
      InetAddress pretendPublic =
          InetAddress.getByAddress("127.0.0.1", new byte[] {93, (byte) 184, (byte) 216, 34});
      AddressGuard guard =
          new AddressGuard(
              false,
              host ->
                  host.equals("127.0.0.1")
                      ? new InetAddress[] {pretendPublic}
                      : InetAddress.getAllByName(host));
      CrawlConfig config =
          config(site, "/redirect/loopback", "/redirect/metadata", "/redirect/file")
              .withAllowPrivate(false)
              .withMaxDepth(0);
      CrawlReport report = new Crawler(config, guard).crawl(new Collector());
      Map<String, String> reasons = new TreeMap<>();
      for (PageOutcome p : report.pages()) {
        assertEquals(CrawlStatus.SKIPPED_GUARD, p.status(), p.toString());
        reasons.put(p.url().replace(site.base(), ""), p.reason().orElseThrow());
      }
      assertTrue(reasons.get("/redirect/loopback").contains("is loopback"), reasons.toString());
      assertTrue(reasons.get("/redirect/metadata").contains("169.254.169.254"), reasons.toString());
      assertTrue(reasons.get("/redirect/file").contains("scheme 'file'"), reasons.toString());
      assertFalse(site.paths().contains("/news/moved"));
    }
  }
}

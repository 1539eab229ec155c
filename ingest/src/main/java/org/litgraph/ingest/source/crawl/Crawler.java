package org.litgraph.ingest.source.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litgraph.ingest.source.HtmlPage;
import org.litgraph.ingest.source.HtmlReader;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.SourceException;
import org.litgraph.ingest.source.web.AddressGuard;
import org.litgraph.ingest.source.web.FetchException;
import org.litgraph.ingest.source.web.FetchRequest;
import org.litgraph.ingest.source.web.FetchResult;
import org.litgraph.ingest.source.web.HostPoliteness;
import org.litgraph.ingest.source.web.UrlCanonicalizer;
import org.litgraph.ingest.source.web.Validators;
import org.litgraph.ingest.source.web.WebFetcher;

/**
 * Crawls a site from seed pages, sitemaps and feeds: breadth first, same site only, within the
 * depth and page limits, obeying robots.txt (Disallow and Crawl-delay) and the address guard on
 * every request and redirect, one request at a time with the politeness delay per host. Each page
 * is read by {@link HtmlReader}; a page already seen in this run under its canonical address, or
 * with the same content under another address, is skipped as a duplicate; a page whose content did
 * not change since the last crawl, or that answers 304 to the conditional request, is not handed on
 * again.
 *
 * <p>Consumes a {@link CrawlConfig}; produces documents through {@link CrawlListener#document} and
 * a {@link CrawlReport}. The frontier is persisted after every page ({@link Frontier}), so an
 * interrupted crawl resumes.
 */
public final class Crawler {
  private final CrawlConfig config;
  private final WebFetcher fetcher;
  private final RobotsRules robots;
  private final HtmlReader html = new HtmlReader();
  private volatile boolean stopRequested;

  public Crawler(CrawlConfig config) {
    this(config, new AddressGuard(config.allowPrivate()));
  }

  /** A crawler with its own guard (tests use one with a pretend resolver). */
  Crawler(CrawlConfig config, AddressGuard guard) {
    this.config = config;
    this.fetcher = new WebFetcher(config.fetchConfig(), guard, new HostPoliteness(config.delay()));
    this.robots = new RobotsRules(fetcher, config.userAgent(), config.maxCrawlDelay());
  }

  /**
   * Gives up an unfinished crawl in {@code stateDir}: its frontier is emptied, while what earlier
   * fetches left (validators, content hashes) is kept for conditional re-fetching.
   *
   * @throws IOException when the journal cannot be read or written
   */
  public static void abandonUnfinished(java.nio.file.Path stateDir) throws IOException {
    try (Frontier frontier = Frontier.open(stateDir)) {
      if (frontier.inProgress()) {
        frontier.endRun();
      }
    }
  }

  /** Asks a running crawl to stop after the current page; the frontier keeps the rest. */
  public void stop() {
    stopRequested = true;
  }

  /**
   * Runs (or resumes) the crawl.
   *
   * @throws IOException when the frontier journal cannot be read or written
   */
  public CrawlReport crawl(CrawlListener listener) throws IOException {
    long started = System.nanoTime();
    List<PageOutcome> outcomes = new ArrayList<>();
    try (Frontier frontier = Frontier.open(config.stateDir())) {
      boolean resumed = frontier.inProgress();
      Set<String> sites = new HashSet<>();
      List<URI> all = new ArrayList<>(config.seeds());
      all.addAll(config.sitemaps());
      all.addAll(config.feeds());
      all.forEach(u -> sites.add(UrlCanonicalizer.site(u)));
      frontier.pending().keySet().forEach(u -> sites.add(UrlCanonicalizer.site(URI.create(u))));
      CrawlScope scope = new CrawlScope(sites, config.maxDepth());
      for (URI seed : config.seeds()) {
        scope.admit(seed.toString(), 0).ifPresent(u -> frontier.enqueue(u, 0));
      }
      readSeedLists(frontier, scope, outcomes, listener);
      frontier.sync();
      int requested = 0;
      while (!stopRequested && requested < config.maxPages() && !frontier.pending().isEmpty()) {
        Optional<Map.Entry<String, Integer>> next = nextReady(frontier);
        if (next.isEmpty()) {
          continue; // waited for a host; look again
        }
        String url = next.get().getKey();
        int depth = next.get().getValue();
        requested++;
        Optional<PageOutcome> outcome = crawlPage(frontier, scope, url, depth, listener);
        if (outcome.isEmpty()) {
          break; // interrupted: the page stays on the frontier
        }
        frontier.done(url, outcome.get().status().name());
        outcomes.add(outcome.get());
        listener.pageDone(outcome.get(), outcomes.size(), frontier.pending().size());
      }
      int pending = frontier.pending().size();
      if (pending == 0) {
        frontier.endRun();
      }
      return new CrawlReport(
          outcomes, Duration.ofNanos(System.nanoTime() - started), resumed, pending);
    }
  }

  private void readSeedLists(
      Frontier frontier, CrawlScope scope, List<PageOutcome> outcomes, CrawlListener listener) {
    List<URI> lists = new ArrayList<>(config.sitemaps());
    lists.addAll(config.feeds());
    for (URI list : lists) {
      try {
        for (String url : new SeedReader(fetcher, robots).read(list)) {
          scope.admit(url, 0).ifPresent(u -> frontier.enqueue(u, 0));
        }
      } catch (SourceException e) {
        PageOutcome o = failure(list.toString(), 0, e);
        outcomes.add(o);
        listener.pageDone(o, outcomes.size(), frontier.pending().size());
      }
    }
  }

  /** The first pending page whose host may be asked now; else waits for the earliest host. */
  private Optional<Map.Entry<String, Integer>> nextReady(Frontier frontier) {
    HostPoliteness politeness = fetcher.politeness();
    long soonest = Long.MAX_VALUE;
    for (Map.Entry<String, Integer> e : frontier.pending().entrySet()) {
      long wait = politeness.readyInNanos(URI.create(e.getKey()).getHost());
      if (wait == 0) {
        return Optional.of(Map.entry(e.getKey(), e.getValue()));
      }
      soonest = Math.min(soonest, wait);
    }
    try {
      Thread.sleep(Duration.ofNanos(soonest));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      stopRequested = true;
    }
    return Optional.empty();
  }

  /** Fetches and reads one page; empty when the crawl was interrupted meanwhile. */
  private Optional<PageOutcome> crawlPage(
      Frontier frontier, CrawlScope scope, String url, int depth, CrawlListener listener) {
    Optional<CrawlJournal.Page> before = frontier.page(url);
    Validators validators =
        before.map(p -> new Validators(p.etag(), p.lastModified())).orElse(Validators.NONE);
    FetchResult result;
    try {
      result =
          fetcher.fetch(
              new FetchRequest(URI.create(url), FetchRequest.HTML, validators, robots::check));
    } catch (FetchException e) {
      if (e.kind() == FetchException.Kind.INTERRUPTED) {
        stopRequested = true;
        return Optional.empty();
      }
      return Optional.of(failure(url, depth, e));
    }
    if (result.notModified()) {
      before.ifPresent(p -> follow(frontier, scope, p.links(), depth + 1));
      return Optional.of(outcome(url, depth, CrawlStatus.NOT_MODIFIED, "HTTP 304"));
    }
    return Optional.of(readPage(frontier, scope, url, depth, before, result, listener));
  }

  /**
   * Reads a fetched page: queues its links, then hands its document on unless it duplicates a page
   * of this run, asks not to be indexed, or did not change since the last crawl.
   */
  private PageOutcome readPage(
      Frontier frontier,
      CrawlScope scope,
      String url,
      int depth,
      Optional<CrawlJournal.Page> before,
      FetchResult result,
      CrawlListener listener) {
    String finalUrl = UrlCanonicalizer.canonical(result.url()).map(URI::toString).orElse(url);
    HtmlPage page = html.readPage(finalUrl, result.text());
    List<String> links = new ArrayList<>();
    for (String href : page.links()) {
      scope.admit(href, depth + 1).ifPresent(links::add);
    }
    follow(frontier, scope, links, depth + 1);
    if (page.document().isEmpty()) {
      return outcome(url, depth, CrawlStatus.FAILED, page.problem().orElse(""));
    }
    SourceDocument doc = page.document().get();
    String hash = hash(doc);
    Optional<String> duplicateOf = duplicateOf(frontier, url, doc.source(), hash);
    if (duplicateOf.isPresent()) {
      return outcome(
          url, depth, CrawlStatus.SKIPPED_DUPLICATE, "same page as " + duplicateOf.get());
    }
    if (!page.index()) {
      return outcome(url, depth, CrawlStatus.SKIPPED_NOINDEX, "meta robots noindex");
    }
    boolean unchanged = before.filter(p -> p.hash().equals(hash)).isPresent();
    if (!unchanged) {
      listener.document(url, doc);
    }
    frontier.remember(
        new CrawlJournal.Page(
            url, result.validators().etag(), result.validators().lastModified(), hash, links));
    if (!doc.source().equals(url)) {
      // not fetched again under its canonical address; marked only now, after the document was
      // taken, so a crash before that cannot leave the page marked a duplicate of itself
      frontier.done(doc.source(), CrawlStatus.FETCHED.name());
    }
    return unchanged
        ? outcome(url, depth, CrawlStatus.UNCHANGED, "same content as the last crawl")
        : outcome(url, depth, CrawlStatus.FETCHED, null);
  }

  /**
   * The page this one duplicates: its canonical address was done in this run under another address,
   * or another address had the same content.
   */
  private static Optional<String> duplicateOf(
      Frontier frontier, String url, String canonical, String hash) {
    if (!canonical.equals(url) && frontier.isDone(canonical)) {
      return Optional.of(canonical);
    }
    return frontier
        .urlWithHash(hash)
        .filter(other -> !other.equals(url) && !other.equals(canonical));
  }

  private static void follow(Frontier frontier, CrawlScope scope, List<String> links, int depth) {
    for (String link : links) {
      scope.admit(link, depth).ifPresent(u -> frontier.enqueue(u, depth));
    }
  }

  private static PageOutcome failure(String url, int depth, SourceException e) {
    CrawlStatus status = CrawlStatus.FAILED;
    if (e instanceof FetchException f) {
      status =
          switch (f.kind()) {
            case ROBOTS -> CrawlStatus.SKIPPED_ROBOTS;
            case GUARD -> CrawlStatus.SKIPPED_GUARD;
            case CONTENT_TYPE, BINARY -> CrawlStatus.SKIPPED_CONTENT_TYPE;
            case SIZE -> CrawlStatus.SKIPPED_SIZE;
            default -> CrawlStatus.FAILED;
          };
    }
    String reason = e.source().equals(url) ? e.reason() : e.getMessage();
    return outcome(url, depth, status, reason);
  }

  private static PageOutcome outcome(String url, int depth, CrawlStatus status, String reason) {
    return new PageOutcome(url, depth, status, Optional.ofNullable(reason));
  }

  /** SHA-256 of what a reader of the page sees: title and text. */
  static String hash(SourceDocument doc) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(doc.title().orElse("").getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(doc.text().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

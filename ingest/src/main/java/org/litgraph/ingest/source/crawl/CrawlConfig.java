package org.litgraph.ingest.source.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.litgraph.ingest.source.web.FetchConfig;
import org.litgraph.ingest.source.web.RetryPolicy;

/**
 * Settings of one crawl, built once from flags.
 *
 * @param seeds pages to start from (depth 0)
 * @param sitemaps sitemaps (or sitemap indexes) whose pages are seeds too
 * @param feeds RSS or Atom feeds whose items are seeds too
 * @param maxDepth links followed this many steps from a seed (0: the seeds only)
 * @param maxPages pages requested in this invocation at most; the rest stays on the frontier
 * @param delay the pause between two requests to one host (robots.txt may ask for more)
 * @param allowPrivate allow loopback and private addresses (see {@code AddressGuard})
 * @param userAgent sent with every request; its first word is matched against robots.txt
 * @param stateDir where the frontier journal lives, e.g. {@code data/crawl}
 * @param maxBytes the largest page body read
 * @param timeout connect and read timeout of a request
 * @param retry retries and backoff
 * @param maxCrawlDelay the longest robots.txt Crawl-delay obeyed as is (longer ones are capped)
 */
public record CrawlConfig(
    List<URI> seeds,
    List<URI> sitemaps,
    List<URI> feeds,
    int maxDepth,
    int maxPages,
    Duration delay,
    boolean allowPrivate,
    String userAgent,
    Path stateDir,
    long maxBytes,
    Duration timeout,
    RetryPolicy retry,
    Duration maxCrawlDelay) {
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
  public static final String DEFAULT_USER_AGENT = "LitGraph/0.1 (research crawler)";

  public CrawlConfig {
    seeds = List.copyOf(seeds);
    sitemaps = List.copyOf(sitemaps);
    feeds = List.copyOf(feeds);
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must be >= 0, was " + maxDepth);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
  }

  /** Defaults: depth 2, 100 pages, 1 s delay, 5 MB pages, 20 s timeout, public addresses only. */
  public static CrawlConfig of(Path stateDir, List<URI> seeds) {
    return new CrawlConfig(
        seeds,
        List.of(),
        List.of(),
        2,
        100,
        DEFAULT_DELAY,
        false,
        DEFAULT_USER_AGENT,
        stateDir,
        5L * 1024 * 1024,
        Duration.ofSeconds(20),
        RetryPolicy.defaults(),
        Duration.ofSeconds(30));
  }

  public CrawlConfig withSitemaps(List<URI> value) {
    return new CrawlConfig(
        seeds,
        value,
        feeds,
        maxDepth,
        maxPages,
        delay,
        allowPrivate,
        userAgent,
        stateDir,
        maxBytes,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withFeeds(List<URI> value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        value,
        maxDepth,
        maxPages,
        delay,
        allowPrivate,
        userAgent,
        stateDir,
        maxBytes,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withMaxDepth(int value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        feeds,
        value,
        maxPages,
        delay,
        allowPrivate,
        userAgent,
        stateDir,
        maxBytes,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withMaxPages(int value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        feeds,
        maxDepth,
        value,
        delay,
        allowPrivate,
        userAgent,
        stateDir,
        maxBytes,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withDelay(Duration value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        feeds,
        maxDepth,
        maxPages,
        value,
        allowPrivate,
        userAgent,
        stateDir,
        maxBytes,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withAllowPrivate(boolean value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        feeds,
        maxDepth,
        maxPages,
        delay,
        value,
        userAgent,
        stateDir,
        maxBytes,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withUserAgent(String value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        feeds,
        maxDepth,
        maxPages,
        delay,
        allowPrivate,
        value,
        stateDir,
        maxBytes,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withMaxBytes(long value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        feeds,
        maxDepth,
        maxPages,
        delay,
        allowPrivate,
        userAgent,
        stateDir,
        value,
        timeout,
        retry,
        maxCrawlDelay);
  }

  public CrawlConfig withRetry(RetryPolicy value) {
    return new CrawlConfig(
        seeds,
        sitemaps,
        feeds,
        maxDepth,
        maxPages,
        delay,
        allowPrivate,
        userAgent,
        stateDir,
        maxBytes,
        timeout,
        value,
        maxCrawlDelay);
  }

  /** The fetcher settings this crawl implies. */
  public FetchConfig fetchConfig() {
    return new FetchConfig(userAgent, timeout, maxBytes, FetchConfig.MAX_REDIRECTS, retry);
  }
}

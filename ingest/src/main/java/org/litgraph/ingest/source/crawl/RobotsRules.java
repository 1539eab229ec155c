package org.litgraph.ingest.source.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litgraph.ingest.source.web.FetchException;
import org.litgraph.ingest.source.web.FetchRequest;
import org.litgraph.ingest.source.web.FetchResult;
import org.litgraph.ingest.source.web.WebFetcher;

/**
 * The robots.txt rules of each host the crawl visits, fetched once per host (through the same
 * guarded, polite fetcher) and parsed by crawler-commons for our user agent's product token. A
 * missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network) defers the
 * host's pages, as RFC 9309 asks. A {@code Crawl-delay} (capped at {@code maxCrawlDelay}) becomes
 * the host's politeness delay when longer than the configured one.
 */
final class RobotsRules {
  private static final Set<String> TYPES = Set.of("text/plain", "text/html", "");

  private final WebFetcher fetcher;
  private final String agentToken;
  private final Duration maxCrawlDelay;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> byHost = new HashMap<>();

  RobotsRules(WebFetcher fetcher, String userAgent, Duration maxCrawlDelay) {
    this.fetcher = fetcher;
    this.agentToken = productToken(userAgent);
    this.maxCrawlDelay = maxCrawlDelay;
  }

  /** "LitGraph/0.1 (research)" → "litgraph": the name robots.txt groups are matched against. */
  static String productToken(String userAgent) {
    String token = userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return token.replaceAll("[^a-z_-]", "");
  }

  /**
   * Refuses a URL robots.txt disallows for us.
   *
   * @throws FetchException of kind ROBOTS when disallowed, or the robots.txt fetch's own refusal
   *     (e.g. GUARD) when the host may not be contacted at all
   */
  void check(URI url) throws FetchException {
    BaseRobotRules rules = rules(url);
    if (rules.isDeferVisits() && rules.isAllowNone()) {
      throw new FetchException(
          url.toString(), FetchException.Kind.ROBOTS, "robots.txt could not be fetched; deferred");
    }
    if (!rules.isAllowed(url.toString())) {
      throw new FetchException(
          url.toString(), FetchException.Kind.ROBOTS, "disallowed by robots.txt");
    }
  }

  private BaseRobotRules rules(URI url) throws FetchException {
    String key = origin(url);
    BaseRobotRules cached = byHost.get(key);
    if (cached != null) {
      return cached;
    }
    URI robots = URI.create(key + "/robots.txt");
    BaseRobotRules rules;
    try {
      FetchResult r = fetcher.fetch(FetchRequest.of(robots, TYPES));
      rules = parser.parseContent(robots.toString(), r.body(), "text/plain", List.of(agentToken));
    } catch (FetchException e) {
      switch (e.kind()) {
        case GUARD, INTERRUPTED -> throw e;
        case HTTP_STATUS -> rules = parser.failedFetch(e.status().orElse(500));
        // a robots.txt that is not text, too large or redirects too often: treat as missing
        case CONTENT_TYPE, SIZE, BINARY, REDIRECTS, ROBOTS -> rules = parser.failedFetch(404);
        case NETWORK -> rules = parser.failedFetch(503);
        default -> throw e;
      }
    }
    long delayMs = rules.getCrawlDelay();
    if (delayMs > 0) {
      Duration d = Duration.ofMillis(Math.min(delayMs, maxCrawlDelay.toMillis()));
      fetcher.politeness().setDelay(url.getHost(), d);
    }
    byHost.put(key, rules);
    return rules;
  }

  private static String origin(URI url) {
    return url.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + url.getHost().toLowerCase(Locale.ROOT)
        + (url.getPort() == -1 ? "" : ":" + url.getPort());
  }
}

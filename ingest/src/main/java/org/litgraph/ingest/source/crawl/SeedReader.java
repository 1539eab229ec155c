package org.litgraph.ingest.source.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.litgraph.ingest.source.SourceException;
import org.litgraph.ingest.source.web.FetchRequest;
import org.litgraph.ingest.source.web.FetchResult;
import org.litgraph.ingest.source.web.WebFetcher;

/**
 * Reads the page addresses of a sitemap (XML, text, gzipped, or an index of sitemaps, at most
 * {@value #MAX_SITEMAPS} of them) or of an RSS or Atom feed, through the crawl's fetcher (guard,
 * robots, politeness apply). crawler-commons does the parsing, leniently: entries need not sit
 * under the sitemap's own path.
 */
final class SeedReader {
  static final int MAX_SITEMAPS = 50;
  private static final Set<String> TYPES =
      Set.of(
          "application/xml",
          "text/xml",
          "application/rss+xml",
          "application/atom+xml",
          "text/plain",
          "application/gzip",
          "application/x-gzip",
          "application/octet-stream",
          "");

  private final WebFetcher fetcher;
  private final RobotsRules robots;

  SeedReader(WebFetcher fetcher, RobotsRules robots) {
    this.fetcher = fetcher;
    this.robots = robots;
  }

  /** The page addresses listed, in document order. */
  List<String> read(URI source) throws SourceException {
    SiteMapParser parser = new SiteMapParser(false);
    List<String> urls = new ArrayList<>();
    Deque<URI> todo = new ArrayDeque<>(List.of(source));
    int fetched = 0;
    while (!todo.isEmpty() && fetched++ < MAX_SITEMAPS) {
      URI next = todo.poll();
      FetchResult r =
          fetcher.fetch(
              new FetchRequest(
                  next, TYPES, org.litgraph.ingest.source.web.Validators.NONE, robots::check));
      AbstractSiteMap map;
      try {
        map = parser.parseSiteMap(r.mediaType(), r.body(), r.url().toURL());
      } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
        throw new SourceException(next.toString(), "not a sitemap or feed: " + e.getMessage(), e);
      }
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          toUri(child.getUrl().toString()).ifPresent(todo::add);
        }
      } else if (map instanceof SiteMap sitemap) {
        for (SiteMapURL u : sitemap.getSiteMapUrls()) {
          urls.add(u.getUrl().toString());
        }
      }
    }
    return urls;
  }

  private static java.util.Optional<URI> toUri(String s) {
    try {
      return java.util.Optional.of(new URI(s));
    } catch (URISyntaxException e) {
      return java.util.Optional.empty();
    }
  }
}

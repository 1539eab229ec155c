package org.litgraph.ingest.source.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litgraph.ingest.source.web.UrlCanonicalizer;

/**
 * Which links a crawl follows: http(s) addresses on the sites of its seeds, sitemaps and feeds
 * ({@code www.} ignored), within the depth limit, not obviously a non-page (images, archives,
 * media, PDFs: their content type would be refused anyway, so the request is not made).
 */
final class CrawlScope {
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          ".*\\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|rar|tar|mp[34]"
              + "|m4a|avi|mov|webm|wav|ogg|flac|css|js|json|woff2?|ttf|eot|exe|dmg|iso|docx?"
              + "|xlsx?|pptx?|epub)$");

  private final Set<String> sites;
  private final int maxDepth;

  CrawlScope(Set<String> sites, int maxDepth) {
    this.sites = Set.copyOf(sites);
    this.maxDepth = maxDepth;
  }

  /** The canonical address to queue for a link found at {@code depth}, if it is in scope. */
  Optional<String> admit(String href, int depth) {
    if (depth > maxDepth) {
      return Optional.empty();
    }
    Optional<URI> url = UrlCanonicalizer.canonical(href);
    if (url.isEmpty() || !sites.contains(UrlCanonicalizer.site(url.get()))) {
      return Optional.empty();
    }
    String path = url.get().getPath() == null ? "" : url.get().getPath().toLowerCase(Locale.ROOT);
    if (NOT_A_PAGE.matcher(path).matches()) {
      return Optional.empty();
    }
    return Optional.of(url.get().toString());
  }
}

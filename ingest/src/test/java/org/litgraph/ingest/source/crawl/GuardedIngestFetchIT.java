package org.litgraph.ingest.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.SourceLimits;
import org.litgraph.ingest.source.SourceLoader;
import org.litgraph.ingest.source.SourceRef;
import org.litgraph.ingest.source.web.AddressGuard;
import org.litgraph.ingest.source.web.FetchConfig;
import org.litgraph.ingest.source.web.FetchException;
import org.litgraph.ingest.source.web.HostPoliteness;
import org.litgraph.ingest.source.web.RetryPolicy;
import org.litgraph.ingest.source.web.WebFetcher;

/** {@code litgraph ingest URL} goes through the same guarded fetcher as the crawler (issue 5). */
class GuardedIngestFetchIT {
  private static final SourceLimits LIMITS =
      new SourceLimits(100_000, Duration.ofSeconds(5), "LitGraphTest/1.0");

  private static SourceLoader loader(boolean allowPrivate) {
    return new SourceLoader(
        LIMITS,
        new WebFetcher(
            new FetchConfig(
                "LitGraphTest/1.0", Duration.ofSeconds(5), 100_000, 5, RetryPolicy.none()),
            new AddressGuard(allowPrivate),
            new HostPoliteness(Duration.ZERO)));
  }

  private static SourceRef url(FixtureSite site, String path) {
    return new SourceRef.UrlRef(URI.create(site.base() + path));
  }

  @Test
  void defaultLoaderRefusesALoopbackAddressBeforeAnyRequest() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      SourceLoader loader = new SourceLoader(LIMITS);
      FetchException e =
          assertThrows(FetchException.class, () -> loader.load(url(site, "/news/stem-cell-trial")));
      assertEquals(FetchException.Kind.GUARD, e.kind());
      assertEquals(0, site.requests().size());
    }
  }

  @Test
  void allowedLoaderReadsTheNewsPageUnderItsCanonicalAddress() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      SourceDocument doc =
          loader(true).load(url(site, "/news/stem-cell-trial?utm_source=x#top")).getFirst();
      assertEquals(DocumentKind.NEWS, doc.kind());
      assertEquals(site.base() + "/news/stem-cell-trial", doc.source());
    }
  }

  @Test
  void redirectsAreFollowedByUsAndEachTargetIsGuarded() throws Exception {
    try (FixtureSite site = new FixtureSite("")) {
      SourceLoader loader = loader(true);
      FetchException chain =
          assertThrows(FetchException.class, () -> loader.load(url(site, "/redirect/chain/1")));
      assertEquals(FetchException.Kind.REDIRECTS, chain.kind());
      assertTrue(chain.reason().contains("more than 5 redirects"), chain.reason());
      FetchException metadata =
          assertThrows(FetchException.class, () -> loader.load(url(site, "/redirect/metadata")));
      assertEquals(FetchException.Kind.GUARD, metadata.kind());
      FetchException file =
          assertThrows(FetchException.class, () -> loader.load(url(site, "/redirect/file")));
      assertEquals(FetchException.Kind.GUARD, file.kind());
      FetchException size =
          assertThrows(FetchException.class, () -> loader.load(url(site, "/big")));
      assertEquals(FetchException.Kind.SIZE, size.kind());
    }
  }
}

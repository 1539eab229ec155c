package org.litgraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.DocumentResult;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.IngestPipeline;
import org.litgraph.ingest.IngestReport;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.crawl.CrawlConfig;
import org.litgraph.ingest.source.crawl.CrawlListener;
import org.litgraph.ingest.source.crawl.CrawlReport;
import org.litgraph.ingest.source.crawl.Crawler;
import org.litgraph.ingest.source.crawl.PageOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph crawl URL...}: crawls a site politely and ingests each new or changed page as it
 * is fetched. The frontier lives under the data directory ({@code crawl/}), so an interrupted crawl
 * continues on the next run.
 */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = {
      "Crawl web pages from start URLs, a sitemap or an RSS/Atom feed (same site only; robots.txt,"
          + " Crawl-delay and the address guard obeyed) and ingest each page.",
      "An unfinished crawl (interrupted, or stopped at --max-pages) resumes on the next run;"
          + " --restart abandons it. Exit code 1 if any page or ingestion failed."
    })
final class CrawlCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "Pages to start from.")
  List<URI> urls = new ArrayList<>();

  @Option(names = "--sitemap", paramLabel = "URL", description = "Sitemap whose pages to crawl.")
  List<URI> sitemaps = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL", description = "RSS or Atom feed to crawl.")
  List<URI> feeds = new ArrayList<>();

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "2",
      description = "Follow links this many steps from a start page (default ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      defaultValue = "100",
      description = "Request at most this many pages in this run (default ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(
      names = "--delay-ms",
      paramLabel = "MS",
      defaultValue = "1000",
      description =
          "Pause between requests to one host; a longer robots.txt Crawl-delay wins"
              + " (default ${DEFAULT-VALUE}).")
  long delayMs;

  @Option(
      names = "--allow-private",
      description =
          "Allow loopback and private-network addresses (never link-local/metadata or file:).")
  boolean allowPrivate;

  @Option(
      names = "--user-agent",
      paramLabel = "UA",
      description = "User agent sent and matched against robots.txt (default: LitGraph/0.1 ...).")
  String userAgent = CrawlConfig.DEFAULT_USER_AGENT;

  @Option(names = "--restart", description = "Abandon an unfinished crawl and start afresh.")
  boolean restart;

  @Override
  public Integer call() throws IOException {
    if (urls.isEmpty() && sitemaps.isEmpty() && feeds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give a URL, --sitemap or --feed");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LitGraphConfig litgraph = store.config("127.0.0.1", 0);
    CrawlConfig config = config(litgraph.dataDir().resolve("crawl"));
    if (restart) {
      Crawler.abandonUnfinished(config.stateDir());
    }
    try (LitGraphRuntime runtime = LitGraphRuntime.open(litgraph, true)) {
      Ingesting ingesting = new Ingesting(runtime.pipeline(), err);
      CrawlReport report = new Crawler(config).crawl(ingesting);
      out.print(report.summary());
      out.println(ingesting.summary());
      var counts = runtime.graph().counts();
      out.printf(
          "graph: %d documents, %d sentences, %d entities, %d mentions%n",
          counts.documents(), counts.sentences(), counts.entities(), counts.mentions());
      out.flush();
      boolean failed =
          report.count(org.litgraph.ingest.source.crawl.CrawlStatus.FAILED) > 0
              || ingesting.failed() > 0;
      return failed ? 1 : 0;
    }
  }

  CrawlConfig config(Path stateDir) {
    return CrawlConfig.of(stateDir, urls)
        .withSitemaps(sitemaps)
        .withFeeds(feeds)
        .withMaxDepth(depth)
        .withMaxPages(maxPages)
        .withDelay(Duration.ofMillis(delayMs))
        .withAllowPrivate(allowPrivate)
        .withUserAgent(userAgent);
  }

  /** Ingests each page as the crawler hands it on, and prints one progress line per page. */
  private static final class Ingesting implements CrawlListener {
    private final IngestPipeline pipeline;
    private final PrintWriter err;
    private final List<DocumentResult> results = new ArrayList<>();

    Ingesting(IngestPipeline pipeline, PrintWriter err) {
      this.pipeline = pipeline;
      this.err = err;
    }

    @Override
    public void document(String url, SourceDocument document) {
      IngestReport r =
          pipeline.ingestDocuments(
              List.of(document),
              new IngestListener() {
                @Override
                public void loadingModels() {
                  err.println("loading CoreNLP models (a few seconds, once per process)...");
                  err.flush();
                }
              });
      results.addAll(r.results());
    }

    @Override
    public void pageDone(PageOutcome page, int done, int pending) {
      err.printf(
          "[%d done, %d queued] %s %s%s%n",
          done,
          pending,
          page.status().label(),
          page.url(),
          page.reason().map(r -> ": " + r).orElse(""));
      err.flush();
    }

    long failed() {
      return results.stream().filter(r -> r.outcome() == DocumentResult.Outcome.FAILED).count();
    }

    String summary() {
      long created = count(DocumentResult.Outcome.CREATED);
      long updated = count(DocumentResult.Outcome.UPDATED);
      StringBuilder b =
          new StringBuilder(
              String.format(
                  "ingested: %d (%d created, %d updated), %d unchanged, %d failed",
                  created + updated,
                  created,
                  updated,
                  count(DocumentResult.Outcome.UNCHANGED),
                  failed()));
      for (DocumentResult r : results) {
        if (r.outcome() == DocumentResult.Outcome.FAILED) {
          b.append(System.lineSeparator())
              .append("ingest failed: ")
              .append(r.source())
              .append(": ")
              .append(r.reason().orElse("?"));
        }
      }
      return b.toString();
    }

    private long count(DocumentResult.Outcome outcome) {
      return results.stream().filter(r -> r.outcome() == outcome).count();
    }
  }
}

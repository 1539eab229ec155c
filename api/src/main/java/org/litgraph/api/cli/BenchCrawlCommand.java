package org.litgraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.crawl.CrawlConfig;
import org.litgraph.ingest.source.crawl.CrawlListener;
import org.litgraph.ingest.source.crawl.CrawlReport;
import org.litgraph.ingest.source.crawl.Crawler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph bench crawl}: pages per second of the crawler (fetch, robots, guard, extraction
 * and frontier journal with fsync) on a generated local site, at delay 0 and at the default
 * politeness delay, and optionally with ingestion into a throw-away store.
 */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description =
        "Pages/s of the crawler on a generated local site (127.0.0.1): at delay 0 (after an"
            + " untimed warm-up crawl) and at the default delay; --ingest adds a delay-0 run that"
            + " also ingests into a temporary store. Each run starts with an empty frontier.")
final class BenchCrawlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pages",
      paramLabel = "N",
      defaultValue = "200",
      description = "Articles on the generated site (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(
      names = "--delayed-pages",
      paramLabel = "N",
      defaultValue = "20",
      description = "Pages requested in the run at the default delay (default ${DEFAULT-VALUE}).")
  int delayedPages;

  @Option(
      names = "--no-warmup",
      description = "Skip the first, untimed crawl that lets the JIT compile the hot paths.")
  boolean noWarmup;

  @Option(names = "--ingest", description = "Also time a delay-0 run that ingests every page.")
  boolean ingest;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (BenchSite site = new BenchSite(pages)) {
      out.printf(
          "site: %s, %d pages (home, %d listings, %d articles)%n",
          site.base(), site.pages(), site.pages() - pages - 1, pages);
      // + 5: pages robots.txt disallows are taken from the frontier too
      int all = site.pages() + 5;
      if (!noWarmup) {
        run(out, site, "cold JVM (warm-up pass), delay 0 ms", Duration.ZERO, all, NO_DOCUMENTS);
      }
      run(out, site, "fetch+extract, delay 0 ms", Duration.ZERO, all, NO_DOCUMENTS);
      run(
          out,
          site,
          "fetch+extract, default delay " + CrawlConfig.DEFAULT_DELAY.toMillis() + " ms",
          CrawlConfig.DEFAULT_DELAY,
          delayedPages,
          NO_DOCUMENTS);
      if (ingest) {
        Path data = Files.createTempDirectory("litgraph-bench-crawl");
        try (LitGraphRuntime runtime =
            LitGraphRuntime.open(
                new LitGraphConfig(data, java.util.Optional.empty(), 0, 256, "127.0.0.1", 0),
                true)) {
          CrawlListener ingesting =
              new CrawlListener() {
                @Override
                public void document(String url, SourceDocument document) {
                  runtime.pipeline().ingestDocuments(List.of(document), IngestListener.SILENT);
                }
              };
          run(out, site, "fetch+extract+ingest, delay 0 ms", Duration.ZERO, all, ingesting);
        } finally {
          delete(data);
        }
      }
    }
    out.flush();
    return 0;
  }

  private static final CrawlListener NO_DOCUMENTS = new CrawlListener() {};

  private static void run(
      PrintWriter out,
      BenchSite site,
      String label,
      Duration delay,
      int maxPages,
      CrawlListener listener)
      throws IOException {
    Path state = Files.createTempDirectory("litgraph-bench-frontier");
    try {
      CrawlConfig config =
          CrawlConfig.of(state, List.of(URI.create(site.base())))
              .withAllowPrivate(true)
              .withDelay(delay)
              .withMaxDepth(2)
              .withMaxPages(maxPages);
      CrawlReport report = new Crawler(config).crawl(listener);
      out.printf(
          "%-45s %4d pages in %6.2f s = %7.1f pages/s%n",
          label + ":",
          report.fetched(),
          report.elapsed().toMillis() / 1000.0,
          report.pagesPerSecond());
      report.summary().lines().filter(l -> l.startsWith("failed: ")).forEach(out::println);
      out.flush();
    } finally {
      delete(state);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.litgraph.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.graph.store.GraphCounts;

/** {@code litgraph crawl} end to end: a local two-article site crawled, ingested, re-crawled. */
class CrawlCommandIT {
  private static final String ARTICLE =
      "<html><head><title>%s</title><meta property=og:type content=article></head><body>"
          + "<nav><a href=/>Home</a></nav><article><h1>%s</h1><p>Doctors gave mesenchymal stem"
          + " cells to patients with severe sepsis in a small trial, and %s.</p></article>"
          + "<footer>© Quayside Health</footer></body></html>";
  private static final Map<String, String> SITE =
      Map.of(
          "/robots.txt",
          "User-agent: *\nDisallow: /private/\n",
          "/",
          "<html><body><main><h1>Quayside Health</h1><p>Stories from the quayside clinic"
              + " about trials and treatments.</p><a href=/a>A</a> <a href=/b>B</a>"
              + " <a href=/private/x>X</a></main></body></html>",
          "/a",
          String.format(ARTICLE, "Cells for sepsis", "Cells for sepsis", "most recovered"),
          "/b",
          String.format(
              ARTICLE, "Sepsis trial grows", "Sepsis trial grows", "more centres joined"));

  @Test
  void crawlsALocalSiteIngestsItsPagesAndARecrawlChangesNothing(@TempDir Path data)
      throws Exception {
    List<String> paths = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          paths.add(path);
          String body = SITE.get(path);
          byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders()
              .add("Content-Type", path.equals("/robots.txt") ? "text/plain" : "text/html");
          ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    try {
      String[] crawl = {
        "crawl", "--data", data.toString(), "--allow-private", "--delay-ms", "50", base
      };
      assertEquals(0, Main.run(crawl));
      assertTrue(!paths.contains("/private/x"), "robots.txt obeyed: " + paths);
      assertTrue(Files.exists(data.resolve("crawl").resolve("frontier.journal")));
      GraphCounts first;
      try (LitGraphRuntime rt = LitGraphRuntime.open(config(data))) {
        first = rt.graph().counts();
        assertEquals(3, first.documents());
      }
      assertEquals(0, Main.run(crawl));
      try (LitGraphRuntime rt = LitGraphRuntime.open(config(data))) {
        assertEquals(first, rt.graph().counts(), "re-crawling the same pages changes nothing");
      }
      assertEquals(2, Main.run("crawl", "--data", data.toString()), "no URL is a usage error");
    } finally {
      server.stop(0);
    }
  }

  private static LitGraphConfig config(Path data) {
    return new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0);
  }
}

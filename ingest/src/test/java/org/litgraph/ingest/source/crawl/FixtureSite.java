package org.litgraph.ingest.source.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small fictional health-news site on 127.0.0.1 for the crawler tests, with every trap the
 * crawler must handle: boilerplate, robots.txt Disallow and Crawl-delay, a sitemap and an RSS feed,
 * a 429 with Retry-After, redirects to loopback / the metadata address / a file, a redirect chain
 * longer than 5, an oversized and a binary body, a windows-1252 page, duplicates under other
 * addresses, and a page with ETag and Last-Modified that answers 304. Every request is recorded
 * with its time, Host and conditional headers.
 */
final class FixtureSite implements AutoCloseable {
  /** One request as the server saw it. */
  record Request(String path, String host, long nanos, Optional<String> ifNoneMatch) {}

  static final String ETAG = "\"v1-etag\"";
  static final String LAST_MODIFIED = "Mon, 03 Feb 2025 08:00:00 GMT";

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Request> requests = new ArrayList<>();
  private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final String crawlDelay;

  /** Starts the site; {@code crawlDelay} is robots.txt's value in seconds ("" for none). */
  FixtureSite(String crawlDelay) throws IOException {
    this.crawlDelay = crawlDelay;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int port() {
    return server.getAddress().getPort();
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Paths requested, robots.txt included, in order. */
  List<String> paths() {
    return requests().stream().map(Request::path).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    String query = ex.getRequestURI().getRawQuery();
    synchronized (this) {
      requests.add(
          new Request(
              path + (query == null ? "" : "?" + query),
              ex.getRequestHeaders().getFirst("Host"),
              System.nanoTime(),
              Optional.ofNullable(ex.getRequestHeaders().getFirst("If-None-Match"))));
    }
    int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (ex) {
      route(ex, path, hit);
    }
  }

  private void route(HttpExchange ex, String path, int hit) throws IOException {
    switch (path) {
      case "/robots.txt" ->
          send(
              ex,
              200,
              "text/plain",
              text(
                  "User-agent: *\nDisallow: /private/\n"
                      + (crawlDelay.isEmpty() ? "" : "Crawl-delay: " + crawlDelay + "\n")));
      case "/" -> send(ex, 200, "text/html; charset=utf-8", resource("home.html"));
      case "/news/stem-cell-trial" -> send(ex, 200, "text/html", trial(true));
      case "/copy-of-trial" -> send(ex, 200, "text/html", trial(true));
      case "/mirror/trial" -> send(ex, 200, "text/html", trial(false));
      case "/news/trial-update" -> send(ex, 200, "text/html", resource("trial-update.html"));
      case "/news/deep" -> send(ex, 200, "text/html", resource("deep.html"));
      case "/news/latin1" ->
          send(
              ex,
              200,
              "text/html",
              ("<html><head><meta charset=\"windows-1252\"><title>Un café</title></head><body>"
                      + "<article><h1>Un café avec les chercheurs</h1><p>Les chercheurs de"
                      + " l'hôpital ont présenté l'étude à la presse, café à la main.</p>"
                      + "</article></body></html>")
                  .getBytes(Charset.forName("windows-1252")));
      case "/busy" -> {
        if (hit == 1) {
          ex.getResponseHeaders().add("Retry-After", "1");
          send(ex, 429, "text/plain", text("slow down"));
        } else {
          send(ex, 200, "text/html", page("the busy page"));
        }
      }
      case "/redirect/loopback" -> redirect(ex, "http://localhost:" + port() + "/news/moved");
      case "/redirect/metadata" -> redirect(ex, "http://169.254.169.254/latest/meta-data/");
      case "/redirect/file" -> redirect(ex, "file:///etc/passwd");
      case "/news/moved" -> send(ex, 200, "text/html", page("the moved story"));
      case "/big" -> {
        ex.getResponseHeaders().add("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
        try (OutputStream out = ex.getResponseBody()) {
          byte[] chunk = "<p>padding padding padding padding</p>\n".repeat(100).getBytes();
          for (int i = 0; i < 100; i++) {
            out.write(chunk);
          }
        } catch (IOException e) {
          // the client stops reading at its cap and closes the connection
        }
      }
      case "/binary" ->
          send(ex, 200, "text/html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
      case "/data" -> send(ex, 200, "application/json", text("{\"a\": 1}"));
      case "/etag-page" -> {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        ex.getResponseHeaders().add("ETag", ETAG);
        ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
        if (ETAG.equals(inm)) {
          ex.sendResponseHeaders(304, -1);
        } else {
          send(ex, 200, "text/html", page("the cached page"));
        }
      }
      case "/sitemap.xml" -> send(ex, 200, "application/xml", withBase(resource("sitemap.xml")));
      case "/feed.xml" -> send(ex, 200, "application/rss+xml", withBase(resource("feed.xml")));
      default -> {
        if (path.startsWith("/redirect/chain/")) {
          int n = Integer.parseInt(path.substring("/redirect/chain/".length()));
          redirect(ex, "/redirect/chain/" + (n + 1));
        } else if (path.startsWith("/news/") || path.startsWith("/page/")) {
          send(ex, 200, "text/html", page(path.substring(path.lastIndexOf('/') + 1)));
        } else {
          send(ex, 404, "text/plain", text("not found"));
        }
      }
    }
  }

  private byte[] trial(boolean canonical) {
    String html = new String(resource("stem-cell-trial.html"), StandardCharsets.UTF_8);
    String link =
        canonical ? "<link rel=\"canonical\" href=\"" + base() + "/news/stem-cell-trial\">" : "";
    return text(html.replace("<!--CANONICAL-->", link));
  }

  private byte[] withBase(byte[] template) {
    return text(new String(template, StandardCharsets.UTF_8).replace("BASE", base()));
  }

  static byte[] page(String title) {
    return text(new String(resource("page.html"), StandardCharsets.UTF_8).replace("TITLE", title));
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = FixtureSite.class.getResourceAsStream("site/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(302, -1);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

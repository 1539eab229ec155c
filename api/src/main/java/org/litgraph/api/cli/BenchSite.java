package org.litgraph.api.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A generated news site on 127.0.0.1 for {@code bench crawl}: a home page linking to listing pages
 * of 20 articles each, and the articles, each with navigation, a cookie banner, a "related" box, a
 * footer and five paragraphs of generated text about a fictional cell-therapy trial.
 */
final class BenchSite implements AutoCloseable {
  private static final int PER_LIST = 20;
  private static final String[] TOPICS = {
    "septic shock",
    "stromal cells",
    "kidney injury",
    "placebo infusions",
    "cytokine levels",
    "trial nurses",
    "consent forms",
    "organ recovery"
  };

  private final int articles;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  BenchSite(int articles) throws IOException {
    this.articles = articles;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Pages a full crawl requests: home, listings, articles. */
  int pages() {
    return 1 + lists() + articles;
  }

  private int lists() {
    return (articles + PER_LIST - 1) / PER_LIST;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try (ex) {
      if (path.equals("/robots.txt")) {
        send(ex, "text/plain", "User-agent: *\nDisallow: /admin/\n");
      } else if (path.equals("/")) {
        StringBuilder b = new StringBuilder("<h1>Bench Health News</h1><ul>");
        for (int l = 0; l < lists(); l++) {
          b.append("<li><a href=\"/list/").append(l).append("\">Stories, page ").append(l + 1);
          b.append("</a></li>");
        }
        send(ex, "text/html", page("Bench Health News", b.append("</ul>").toString()));
      } else if (path.startsWith("/list/")) {
        int l = Integer.parseInt(path.substring(6));
        StringBuilder b = new StringBuilder("<h1>Stories</h1><ul>");
        for (int a = l * PER_LIST; a < Math.min(articles, (l + 1) * PER_LIST); a++) {
          b.append("<li><a href=\"/article/").append(a).append("\">Story ").append(a);
          b.append("</a></li>");
        }
        send(ex, "text/html", page("Stories " + l, b.append("</ul>").toString()));
      } else if (path.startsWith("/article/")) {
        send(ex, "text/html", article(Integer.parseInt(path.substring(9))));
      } else {
        ex.sendResponseHeaders(404, -1);
      }
    } catch (NumberFormatException e) {
      ex.sendResponseHeaders(400, -1);
    }
  }

  private static String article(int n) {
    StringBuilder b = new StringBuilder("<article><h1>Trial report number ").append(n);
    b.append("</h1>");
    for (int p = 0; p < 5; p++) {
      String topic = TOPICS[(n + p) % TOPICS.length];
      b.append("<p>In the fictional harbour hospital study, report ")
          .append(n)
          .append(" looks at ")
          .append(topic)
          .append(" in adults who received donor stromal cells or a placebo infusion, and the")
          .append(" investigators describe what they measured, how often, and what remains")
          .append(" uncertain before a larger trial can start.</p>");
    }
    b.append("<aside class=\"related\"><a href=\"/article/").append((n + 1) % 7);
    b.append("\">Related</a></aside></article>");
    return page("Trial report " + n, b.toString());
  }

  private static String page(String title, String main) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title><meta property=\"og:type\" content=\"article\"></head><body>"
        + "<div class=\"cookie-banner\"><p>We use cookies.</p></div>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/admin/\">Admin</a></nav><main>"
        + main
        + "</main><footer><p>© Bench Health News</p></footer></body></html>";
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

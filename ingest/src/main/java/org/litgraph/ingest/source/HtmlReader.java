package org.litgraph.ingest.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.litgraph.graph.model.DocumentKind;

/**
 * Reads an HTML page: title and date from metadata, and the main text without navigation, headers,
 * footers, scripts, forms and asides. The main text is taken from {@code <article>}, else {@code
 * <main>}, else the body, block by block so paragraphs stay separate.
 */
public final class HtmlReader {
  private static final String NOISE =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button,"
          + " [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true],"
          + " .nav, .menu, .sidebar, .advert, .ads, .ad, .related, .share, .social, .cookie";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd";

  public SourceDocument read(String source, String html) throws SourceException {
    org.jsoup.nodes.Document page = Jsoup.parse(html, source.startsWith("http") ? source : "");
    Optional<String> title =
        firstNonBlank(
            page.select("meta[property=og:title]").attr("content"),
            page.title(),
            page.select("h1").text());
    Optional<LocalDate> published = publishedDate(page);
    page.select(NOISE).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = page.body();
    }
    StringBuilder text = new StringBuilder();
    for (Element block : root.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // a container of other blocks: its children are emitted on their own
      }
      String t = block.text().strip();
      if (!t.isEmpty()) {
        text.append(t).append("\n\n");
      }
    }
    if (text.isEmpty()) {
      text.append(root.text());
    }
    String body = text.toString().strip();
    if (body.isEmpty()) {
      throw new SourceException(source, "the page has no readable text");
    }
    return new SourceDocument(source, title, published, DocumentKind.WEB_PAGE, body);
  }

  private static Optional<LocalDate> publishedDate(org.jsoup.nodes.Document page) {
    String[] candidates = {
      page.select("meta[property=article:published_time]").attr("content"),
      page.select("meta[name=citation_publication_date]").attr("content"),
      page.select("meta[name=dc.date], meta[name=DC.date]").attr("content"),
      page.select("meta[name=date]").attr("content"),
      page.select("time[datetime]").attr("datetime")
    };
    for (String c : candidates) {
      Optional<LocalDate> d = parseDate(c.strip());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> parseDate(String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toLocalDate());
    } catch (DateTimeParseException e) {
      // not a timestamp; try a date
    }
    String head = value.length() >= 10 ? value.substring(0, 10) : value;
    try {
      return Optional.of(LocalDate.parse(head.replace('/', '-')));
    } catch (DateTimeParseException e) {
      return TextReader.parseDate(value);
    }
  }

  private static Optional<String> firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }
}

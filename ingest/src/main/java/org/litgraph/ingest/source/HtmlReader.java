package org.litgraph.ingest.source;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.ingest.source.web.UrlCanonicalizer;

/**
 * Reads an HTML page, news articles in particular: title, authors, publication date, publisher,
 * keywords and language from the page's metadata ({@link ArticleMetadata}); the main text without
 * navigation, ads, "related" boxes, share widgets, cookie banners, footers and disclaimers ({@link
 * MainTextExtractor}), one paragraph per block; and the references and outbound links as citations
 * ({@link ReferenceExtractor}).
 *
 * <p>A page that says it is an article (og:type, JSON-LD, article:published_time) or has an {@code
 * <article>} with a date is {@link DocumentKind#NEWS}, any other page {@link
 * DocumentKind#WEB_PAGE}. For a web page, a {@code <link rel=canonical>} on the same site names the
 * document (normalised: no fragment, no tracking parameters, ...); one pointing to another site is
 * ignored, so a page cannot claim another site's document.
 */
public final class HtmlReader {

  /** The depth of the deepest element, counted in one pass that stops past {@link #MAX_DEPTH}. */
  private static int depth(org.jsoup.nodes.Document page) {
    int[] max = {0};
    page.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            max[0] = Math.max(max[0], depth);
            return depth > MAX_DEPTH ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        });
    return max[0];
  }

  public SourceDocument read(String source, String html) throws SourceException {
    boolean web = source.startsWith("http://") || source.startsWith("https://");
    return read(source, Jsoup.parse(html, web ? source : ""));
  }

  /**
   * Reads a fetched page for a crawler: its links (absolute, before any chrome is removed, without
   * {@code rel=nofollow} ones), its robots meta directives, and the document unless the page has no
   * readable text.
   */
  public HtmlPage readPage(String source, String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, source);
    String robots = page.select("meta[name=robots]").attr("content").toLowerCase(Locale.ROOT);
    boolean follow = !robots.contains("nofollow") && !robots.contains("none");
    boolean index = !robots.contains("noindex") && !robots.contains("none");
    List<String> links = new ArrayList<>();
    if (follow) {
      for (Element a : page.select("a[href], area[href]")) {
        String href = a.absUrl("href");
        if (!href.isEmpty() && !a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
          links.add(href);
        }
      }
    }
    try {
      return new HtmlPage(links, follow, index, Optional.of(read(source, page)), Optional.empty());
    } catch (SourceException e) {
      return new HtmlPage(links, follow, index, Optional.empty(), Optional.of(e.reason()));
    }
  }

  /**
   * Deeper element nesting than this is refused. Real pages nest a few dozen levels; a page of
   * 200,000 nested {@code <div>}s made the reference and main-text passes, which read each
   * element's text, quadratic (minutes of CPU for one file; issue 8, hostile input).
   */
  static final int MAX_DEPTH = 1_000;

  private SourceDocument read(String source, org.jsoup.nodes.Document page) throws SourceException {
    int depth = depth(page);
    if (depth > MAX_DEPTH) {
      throw new SourceException(
          source, "HTML nested more than " + MAX_DEPTH + " levels deep (hostile or broken markup)");
    }
    boolean web = source.startsWith("http://") || source.startsWith("https://");
    ArticleMetadata meta = ArticleMetadata.of(page);
    String canonical = web ? canonical(source, page) : source;
    boolean hasArticle = page.selectFirst("article") != null;
    Element root = MainTextExtractor.mainRoot(page);
    List<Citation> citations =
        ReferenceExtractor.extract(
            root, web ? UrlCanonicalizer.canonical(canonical) : Optional.empty());
    String body = MainTextExtractor.text(root);
    if (body.isEmpty()) {
      throw new SourceException(source, "the page has no readable text");
    }
    boolean news = meta.article() || (hasArticle && meta.published().isPresent());
    DocumentKind kind = news ? DocumentKind.NEWS : DocumentKind.WEB_PAGE;
    DocumentMetadata metadata =
        new DocumentMetadata(
            meta.authors(),
            meta.publisher(),
            Map.of(),
            meta.keywords(),
            news ? List.of("News") : List.of(),
            meta.language(),
            citations);
    return new SourceDocument(canonical, meta.title(), meta.published(), kind, body, metadata);
  }

  /** The page's same-site canonical address, else the address it was read from, normalised. */
  static String canonical(String source, org.jsoup.nodes.Document page) {
    URI from = UrlCanonicalizer.canonical(source).orElse(null);
    if (from == null) {
      return source;
    }
    Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link != null) {
      Optional<URI> declared = UrlCanonicalizer.canonical(link.absUrl("href"));
      if (declared.isPresent()
          && UrlCanonicalizer.site(declared.get()).equals(UrlCanonicalizer.site(from))) {
        return declared.get().toString();
      }
    }
    return from.toString();
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
}

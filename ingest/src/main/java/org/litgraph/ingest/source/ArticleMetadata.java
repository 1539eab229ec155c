package org.litgraph.ingest.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article metadata of an HTML page, read before any element is removed: Open Graph and {@code
 * article:*} properties, JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, also
 * inside {@code @graph}), classic {@code <meta>} names, and the visible byline and {@code <time>}.
 * Each field takes the first source that has it, in the order the fields' Javadoc gives.
 *
 * @param title og:title, JSON-LD headline, the first {@code <h1>}, {@code <title>}
 * @param authors JSON-LD author names, meta author, the byline
 * @param published article:published_time, JSON-LD datePublished, {@code <time datetime>}, meta
 *     date
 * @param publisher og:site_name, JSON-LD publisher name
 * @param keywords article:tag, meta keywords, JSON-LD keywords
 * @param language the {@code lang} of {@code <html>}, as a two- or three-letter code
 * @param article true when the page says it is an article (og:type article, a JSON-LD article type,
 *     article:published_time)
 */
record ArticleMetadata(
    Optional<String> title,
    List<String> authors,
    Optional<LocalDate> published,
    Optional<String> publisher,
    List<String> keywords,
    Optional<String> language,
    boolean article) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "blogposting",
          "medicalscholarlyarticle",
          "scholarlyarticle",
          "report");
  private static final Pattern BY = Pattern.compile("^(?i)(written\\s+)?by\\s+");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

  ArticleMetadata {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }

  static ArticleMetadata of(Document page) {
    Optional<JsonNode> ld = jsonLdArticle(page);
    Optional<String> title =
        first(
            meta(page, "property", "og:title"),
            ld.map(n -> n.path("headline").asText("")).orElse(""),
            page.select("h1").stream().findFirst().map(Element::text).orElse(""),
            page.title());
    List<String> authors = new ArrayList<>(ld.map(ArticleMetadata::ldAuthors).orElse(List.of()));
    if (authors.isEmpty()) {
      authors.addAll(splitNames(meta(page, "name", "author")));
    }
    if (authors.isEmpty()) {
      Element byline =
          page.selectFirst("[rel=author], [itemprop=author], .byline, .author, .article-author");
      if (byline != null) {
        authors.addAll(splitNames(BY.matcher(byline.text().strip()).replaceFirst("")));
      }
    }
    Optional<LocalDate> published =
        firstDate(
            meta(page, "property", "article:published_time"),
            ld.map(n -> n.path("datePublished").asText("")).orElse(""),
            page.select("article time[datetime], time[datetime]").attr("datetime"),
            meta(page, "name", "citation_publication_date"),
            meta(page, "name", "dc.date"),
            meta(page, "name", "DC.date"),
            meta(page, "name", "date"),
            meta(page, "itemprop", "datePublished"));
    Optional<String> publisher =
        first(
            meta(page, "property", "og:site_name"),
            ld.map(n -> n.path("publisher").path("name").asText("")).orElse(""));
    Set<String> keywords = new LinkedHashSet<>();
    page.select("meta[property=article:tag]").forEach(m -> keywords.add(m.attr("content").strip()));
    for (String k : meta(page, "name", "keywords").split(",")) {
      keywords.add(k.strip());
    }
    ld.map(n -> n.path("keywords")).ifPresent(k -> keywords.addAll(texts(k, ",")));
    keywords.removeIf(String::isEmpty);
    String lang = page.select("html").attr("lang").strip().toLowerCase(Locale.ROOT);
    Optional<String> language =
        lang.matches("[a-z]{2,3}([-_].*)?") ? Optional.of(lang.split("[-_]")[0]) : Optional.empty();
    boolean article =
        ld.isPresent()
            || meta(page, "property", "og:type").equalsIgnoreCase("article")
            || !meta(page, "property", "article:published_time").isEmpty();
    return new ArticleMetadata(
        title,
        List.copyOf(new LinkedHashSet<>(authors)),
        published,
        publisher,
        List.copyOf(keywords),
        language,
        article);
  }

  private static String meta(Document page, String attribute, String name) {
    for (Element m : page.select("meta[" + attribute + "]")) {
      if (m.attr(attribute).equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return "";
  }

  /** The first JSON-LD node whose {@code @type} is an article type; bad JSON is ignored. */
  private static Optional<JsonNode> jsonLdArticle(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JacksonException e) {
        continue; // a page's broken JSON-LD is the page's problem; the rest of it still reads
      }
      Optional<JsonNode> found = findArticle(root);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        Optional<JsonNode> f = findArticle(n);
        if (f.isPresent()) {
          return f;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    for (String type : texts(node.path("@type"), null)) {
      if (ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
        return Optional.of(node);
      }
    }
    return findArticle(node.get("@graph"));
  }

  private static List<String> ldAuthors(JsonNode article) {
    List<String> names = new ArrayList<>();
    JsonNode author = article.path("author");
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isTextual() ? a.asText() : a.path("name").asText("");
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /**
   * A JSON value as strings: a string (split on {@code separator} if given) or an array of them.
   */
  private static List<String> texts(JsonNode node, String separator) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.addAll(texts(n, null)));
    } else if (node.isTextual()) {
      for (String s :
          separator == null ? new String[] {node.asText()} : node.asText().split(separator)) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static List<String> splitNames(String names) {
    List<String> out = new ArrayList<>();
    if (names.isBlank()) {
      return out;
    }
    // "Smith, J" is one name in reverse order, not two: split on commas only with several spaces
    String[] parts =
        names.contains(";") || names.contains(" and ") || names.strip().split("\\s+").length > 3
            ? NAME_SEPARATOR.split(names)
            : new String[] {names};
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static Optional<String> first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip().replaceAll("\\s+", " "));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> firstDate(String... values) {
    for (String v : values) {
      Optional<LocalDate> d = HtmlReader.parseDate(v == null ? "" : v.strip());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}

package org.litgraph.ingest.source;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page, readability-style, and removes everything else.
 *
 * <ol>
 *   <li>Chrome goes: scripts, navigation, asides, forms, footers, headers outside the article, and
 *       elements whose class or id names boilerplate (cookie, share, related, advert, newsletter,
 *       footer, disclaimer, ...) unless they hold a long, link-poor text.
 *   <li>The root is the largest {@code <article>}, else {@code <main>}, else the element that
 *       scores best: each paragraph of 25+ characters scores 1 + its commas + one per 100
 *       characters (at most 3) for its parent and half that for its grandparent, and a candidate's
 *       score is scaled by 1 - its link density.
 *   <li>The text is the root's leaf blocks (headings, paragraphs, list items, quotes, cells) one
 *       paragraph each, without link lists and one-line boilerplate ("Share this", "©", "We use
 *       cookies", "Disclaimer ...").
 * </ol>
 */
final class MainTextExtractor {
  private static final String NOISE =
      "script, style, noscript, template, iframe, svg, canvas, nav, footer, aside, form, button,"
          + " select, input, dialog, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [role=dialog], [aria-hidden=true], [hidden]";
  static final String BLOCKS =
      "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt, figcaption";
  private static final Set<String> UNLIKELY =
      Set.of(
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "banner",
          "share",
          "sharing",
          "social",
          "related",
          "recommended",
          "recirculation",
          "promo",
          "promoted",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "adslot",
          "sponsor",
          "sponsored",
          "newsletter",
          "subscribe",
          "subscription",
          "comments",
          "comment",
          "footer",
          "disclaimer",
          "breadcrumb",
          "breadcrumbs",
          "menu",
          "nav",
          "navbar",
          "navigation",
          "sidebar",
          "widget",
          "popup",
          "modal",
          "outbrain",
          "taboola",
          "toolbar",
          "paywall",
          "trending",
          "popular",
          "masthead",
          "skip",
          "byline");
  private static final Set<String> LIKELY =
      Set.of("article", "body", "content", "entry", "main", "post", "story", "text");
  private static final Pattern TOKEN = Pattern.compile("[\\s_-]+");
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "^(?:©|\\(c\\)\\s|copyright\\b|all rights reserved|disclaimer\\b|share (?:this|on|via)\\b"
              + "|follow us\\b|sign up\\b|subscribe\\b|advertisement\\b|read more\\b|related"
              + " (?:articles|stories|reading|content)\\b|recommended for you|you may also like"
              + "|more from\\b|we use cookies|this (?:site|website) uses cookies|accept (?:all )?"
              + "cookies|back to top\\b)",
          Pattern.CASE_INSENSITIVE);

  private MainTextExtractor() {}

  /** Removes chrome from the page and returns the root element of its main text. */
  static Element mainRoot(Document page) {
    Element body = page.body();
    body.select(NOISE).remove();
    for (Element header : body.select("header")) {
      if (header.closest("article, main, [role=main]") == null) {
        header.remove();
      }
    }
    removeUnlikely(body);
    Element article = null;
    for (Element a : body.select("article")) {
      if (article == null || a.text().length() > article.text().length()) {
        article = a;
      }
    }
    if (article != null && !article.text().isBlank()) {
      return article;
    }
    Element main = body.selectFirst("main, [role=main]");
    if (main != null && !main.text().isBlank()) {
      return main;
    }
    return bestScored(body);
  }

  private static void removeUnlikely(Element body) {
    for (Element e : body.select("*")) {
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main") || e.parent() == null) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.isBlank()) {
        continue;
      }
      boolean unlikely = false;
      boolean likely = false;
      for (String token : TOKEN.split(names)) {
        unlikely |= UNLIKELY.contains(token);
        likely |= LIKELY.contains(token);
      }
      if (unlikely && !(likely && e.text().length() > 500 && linkDensity(e) < 0.25)) {
        e.remove();
      }
    }
  }

  private static Element bestScored(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p, pre, td, blockquote")) {
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + text.split(",", -1).length - 1 + Math.min(3, text.length() / 100);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    return best;
  }

  /** The root's leaf blocks as paragraphs separated by blank lines. */
  static String text(Element root) {
    StringBuilder text = new StringBuilder();
    for (Element block : root.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // a container of other blocks: its children are emitted on their own
      }
      String t = block.text().strip();
      if (t.replace('\u00a0', ' ').isBlank() || isBoilerplate(t) || isLinkList(block, t)) {
        continue;
      }
      text.append(t).append("\n\n");
    }
    if (text.isEmpty()) {
      text.append(root.text());
    }
    return text.toString().strip();
  }

  private static boolean isBoilerplate(String text) {
    return text.length() < 400 && BOILERPLATE.matcher(text).find();
  }

  private static boolean isLinkList(Element block, String text) {
    boolean listy = List.of("li", "td", "dd", "dt").contains(block.normalName());
    return (listy || text.length() < 120) && linkDensity(block) > 0.5;
  }

  /** Share of an element's text that is link text. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }
}

package org.litgraph.ingest.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.litgraph.graph.model.Citation;

/**
 * Takes the references out of an article's main text and turns them into {@link Citation}s: the
 * list under a "References" / "Sources" / "Notes" heading, paragraphs that open with a number in
 * brackets ("[1] Smith J. ... doi:10.1/xyz"), and then the outbound links left in the text. Each
 * keeps its label ("1"), its text, and the identifiers found in text and links: DOI, PubMed id
 * (pubmed.ncbi.nlm.nih.gov/N, "PMID: N"), PMC id, NCT number, and the link.
 *
 * <p>The reference list is removed from the text, which then reads as the article did, without a
 * bibliography for the NLP to trip over; in-text markers such as "study [1]" stay.
 */
final class ReferenceExtractor {
  private static final Pattern HEADING =
      Pattern.compile(
          "^(references?|sources?|notes|bibliography|citations?|literature( cited)?|further"
              + " reading)\\s*:?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED =
      Pattern.compile("^\\[(\\d{1,3})]\\s*(.+)$", Pattern.DOTALL);
  private static final Pattern DOTTED = Pattern.compile("^(\\d{1,3})[.)]\\s+(.+)$", Pattern.DOTALL);
  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>]+)");
  private static final Pattern PUBMED_URL =
      Pattern.compile(
          "(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov/|ncbi\\.nlm\\.nih\\.gov/pubmed/)(\\d{1,9})");
  private static final Pattern PMID = Pattern.compile("\\bPMID:?\\s*(\\d{1,9})\\b");
  private static final Pattern PMCID =
      Pattern.compile("\\b(PMC\\d{3,9})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NCT = Pattern.compile("\\b(NCT\\d{8})\\b");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private ReferenceExtractor() {}

  /**
   * Removes the references from {@code root} and returns them, then the outbound links of what
   * remains (links to other sites than {@code page}'s; none when the page has no web address).
   */
  static List<Citation> extract(Element root, Optional<URI> page) {
    Map<String, Citation> byKey = new LinkedHashMap<>();
    for (Element heading : root.select("h1, h2, h3, h4, h5, h6, p, div, strong, b")) {
      if (!attached(heading, root) || !HEADING.matcher(heading.text().strip()).matches()) {
        continue;
      }
      Element anchor = heading;
      // <p><strong>References</strong></p>: the siblings are the paragraph's
      while (!HEADINGS.contains(anchor.normalName())
          && anchor.parent() != null
          && anchor.parent() != root
          && anchor.parent().text().strip().equals(anchor.text().strip())) {
        anchor = anchor.parent();
      }
      List<Element> section = new ArrayList<>();
      for (Element sib = anchor.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
        if (HEADINGS.contains(sib.normalName())) {
          break;
        }
        section.add(sib);
      }
      int ordinal = 0;
      for (Element part : section) {
        List<Element> items =
            part.normalName().equals("ol") || part.normalName().equals("ul")
                ? part.select("> li")
                : List.of(part);
        boolean ordered = part.normalName().equals("ol");
        for (Element item : items) {
          ordinal++;
          reference(item, ordered ? Optional.of(Integer.toString(ordinal)) : Optional.empty())
              .ifPresent(c -> byKey.putIfAbsent(key(c), c));
        }
        part.remove();
      }
      anchor.remove();
    }
    for (Element p : root.select("p, li")) {
      if (attached(p, root) && NUMBERED.matcher(p.text().strip()).matches()) {
        reference(p, Optional.empty()).ifPresent(c -> byKey.putIfAbsent(key(c), c));
        p.remove();
      }
    }
    String site = page.map(ReferenceExtractor::site).orElse("");
    for (Element a : root.select("a[href]")) {
      String href = a.absUrl("href");
      Optional<String> target = siteOf(href);
      if (site.isEmpty() || target.isEmpty() || target.get().equals(site)) {
        continue;
      }
      Map<String, String> ids = identifiers(href, List.of(href));
      Citation c = new Citation(Optional.empty(), a.text().strip(), ids);
      byKey.putIfAbsent(key(c), c);
    }
    return List.copyOf(byKey.values());
  }

  private static Optional<Citation> reference(Element item, Optional<String> ordinal) {
    String text = item.text().strip();
    Optional<String> label = ordinal;
    for (Pattern p : List.of(NUMBERED, DOTTED)) {
      Matcher m = p.matcher(text);
      if (m.matches()) {
        label = Optional.of(m.group(1));
        text = m.group(2).strip();
        break;
      }
    }
    List<String> hrefs = new ArrayList<>();
    for (Element a : item.select("a[href]")) {
      String href = a.absUrl("href");
      hrefs.add(href.isEmpty() ? a.attr("href") : href);
    }
    Map<String, String> ids = identifiers(text, hrefs);
    if (text.isBlank() && ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Citation(label, text, ids));
  }

  /** DOI, PMID, PMCID, NCT number and first link found in a reference's text and links. */
  static Map<String, String> identifiers(String text, List<String> hrefs) {
    Map<String, String> ids = new TreeMap<>();
    String all = text + " " + String.join(" ", hrefs);
    find(DOI, all).map(ReferenceExtractor::trimDoi).ifPresent(v -> ids.put("doi", v));
    find(PUBMED_URL, all).or(() -> find(PMID, all)).ifPresent(v -> ids.put("pmid", v));
    find(PMCID, all).ifPresent(v -> ids.put("pmcid", v.toUpperCase(Locale.ROOT)));
    find(NCT, all).ifPresent(v -> ids.put("nct", v));
    hrefs.stream()
        .filter(h -> h.startsWith("http://") || h.startsWith("https://"))
        .findFirst()
        .ifPresent(h -> ids.put("url", h));
    return ids;
  }

  private static Optional<String> find(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String trimDoi(String doi) {
    String d = doi;
    while (!d.isEmpty() && ".,;:)]}'".indexOf(d.charAt(d.length() - 1)) >= 0) {
      d = d.substring(0, d.length() - 1);
    }
    return d;
  }

  private static String key(Citation c) {
    return c.id("doi")
        .map(d -> "doi:" + d.toLowerCase(Locale.ROOT))
        .or(() -> c.id("pmid").map(p -> "pmid:" + p))
        .or(() -> c.id("url").map(u -> "url:" + u))
        .orElse("text:" + c.label().orElse("") + ":" + c.text());
  }

  private static String site(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static Optional<String> siteOf(String href) {
    if (!href.startsWith("http://") && !href.startsWith("https://")) {
      return Optional.empty();
    }
    try {
      return Optional.of(site(new URI(href.replace(" ", "%20")))).filter(s -> !s.isEmpty());
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** True while the element is still inside {@code root} (not removed with a section). */
  private static boolean attached(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }
}

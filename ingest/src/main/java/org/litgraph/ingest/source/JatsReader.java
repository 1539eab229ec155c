package org.litgraph.ingest.source;

import static org.litgraph.ingest.source.DomNodes.child;
import static org.litgraph.ingest.source.DomNodes.children;
import static org.litgraph.ingest.source.DomNodes.descendants;
import static org.litgraph.ingest.source.DomNodes.path;
import static org.litgraph.ingest.source.DomNodes.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a JATS article ({@code .nxml} from the PMC Open Access subset) into one {@link
 * DocumentKind#ARTICLE} document.
 *
 * <p>Text: the abstract, then the body, one paragraph per {@code <p>}, each section's title (or its
 * {@code sec-type} when untitled) as a paragraph of its own before its content. Tables, figures,
 * formulas and supplementary material are left out: their text is not prose and breaks sentence
 * splitting. Metadata: authors, journal title, PMID/PMCID/DOI, keywords, the article type, and the
 * reference list as {@link Citation}s with their PMIDs and DOIs. The canonical source is the PMC
 * page ({@code https://www.ncbi.nlm.nih.gov/pmc/articles/PMC<id>/}), else {@code
 * https://doi.org/<doi>}, else the file.
 */
public final class JatsReader {
  private static final Set<String> NOT_PROSE =
      Set.of(
          "table-wrap",
          "table",
          "fig",
          "disp-formula",
          "inline-formula",
          "supplementary-material",
          "graphic",
          "media",
          "tex-math",
          "mml:math",
          "alternatives",
          "label");

  SourceDocument read(String source, Document xml) throws SourceException {
    Element article = xml.getDocumentElement();
    if (!article.getTagName().equals("article")) {
      throw new SourceException(
          source, "not a JATS article: root is <" + article.getTagName() + ">");
    }
    Element meta =
        path(article, "front", "article-meta")
            .orElseThrow(() -> new SourceException(source, "JATS article without <article-meta>"));
    Map<String, String> ids = new LinkedHashMap<>();
    for (Element id : children(meta, "article-id")) {
      switch (id.getAttribute("pub-id-type")) {
        case "pmid" -> ids.put("pmid", text(id));
        case "pmc", "pmcid" -> ids.put("pmcid", pmcid(text(id)));
        case "doi" -> ids.put("doi", text(id).toLowerCase(Locale.ROOT));
        default -> {
          /* publisher ids are not stable across sources */
        }
      }
    }
    Optional<String> title =
        path(meta, "title-group", "article-title").map(t -> DomNodes.textSkipping(t, NOT_PROSE));
    List<String> paragraphs = new ArrayList<>();
    children(meta, "abstract").stream()
        .filter(a -> a.getAttribute("abstract-type").isEmpty())
        .findFirst()
        .ifPresent(a -> section(a, paragraphs));
    child(article, "body").ifPresent(b -> section(b, paragraphs));
    if (paragraphs.isEmpty()) {
      throw new SourceException(source, "JATS article has neither abstract nor body text");
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            authors(meta),
            path(article, "front", "journal-meta", "journal-title-group", "journal-title")
                .or(() -> path(article, "front", "journal-meta", "journal-title"))
                .map(DomNodes::text),
            ids,
            descendants(meta, "kwd").stream()
                .map(DomNodes::text)
                .filter(k -> !k.isEmpty())
                .toList(),
            article.getAttribute("article-type").isBlank()
                ? List.of()
                : List.of(article.getAttribute("article-type")),
            Optional.of(article.getAttribute("xml:lang")).filter(l -> !l.isBlank()),
            citations(article));
    return new SourceDocument(
        canonical(source, ids),
        title.filter(t -> !t.isEmpty()),
        published(meta),
        DocumentKind.ARTICLE,
        String.join("\n\n", paragraphs),
        metadata);
  }

  private static String pmcid(String id) {
    return id.startsWith("PMC") ? id : "PMC" + id;
  }

  private static String canonical(String source, Map<String, String> ids) {
    if (ids.containsKey("pmcid")) {
      return "https://www.ncbi.nlm.nih.gov/pmc/articles/" + ids.get("pmcid") + "/";
    }
    if (ids.containsKey("doi")) {
      return "https://doi.org/" + ids.get("doi");
    }
    return source;
  }

  /** Appends a section's paragraphs, its title first, recursing into subsections. */
  private static void section(Element sec, List<String> out) {
    for (Element child : children(sec, "*")) {
      switch (child.getTagName()) {
        case "title" -> {
          String t = DomNodes.textSkipping(child, NOT_PROSE);
          if (!t.isEmpty()) {
            out.add(t);
          }
        }
        case "p" -> {
          String t = DomNodes.textSkipping(child, NOT_PROSE);
          if (!t.isEmpty()) {
            out.add(t);
          }
        }
        case "sec" -> {
          if (child.getAttribute("sec-type").equals("supplementary-material")) {
            continue;
          }
          if (DomNodes.child(child, "title").isEmpty()
              && !child.getAttribute("sec-type").isBlank()) {
            out.add(child.getAttribute("sec-type").replace('|', ' '));
          }
          section(child, out);
        }
        case "list" -> descendants(child, "p").forEach(p -> out.add(text(p)));
        default -> {
          /* figures, tables, boxed text and the like are not prose */
        }
      }
    }
  }

  private static List<String> authors(Element meta) {
    List<String> out = new ArrayList<>();
    for (Element group : children(meta, "contrib-group")) {
      for (Element c : children(group, "contrib")) {
        if (!c.getAttribute("contrib-type").isEmpty()
            && !c.getAttribute("contrib-type").equals("author")) {
          continue;
        }
        child(c, "name").flatMap(JatsReader::name).or(() -> text(c, "collab")).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<String> name(Element name) {
    Optional<String> surname = text(name, "surname");
    return surname.map(s -> s + text(name, "given-names").map(g -> " " + g).orElse(""));
  }

  private static Optional<LocalDate> published(Element meta) {
    List<Element> dates = children(meta, "pub-date");
    for (String wanted : List.of("epub", "ppub", "pub", "collection", "")) {
      for (Element d : dates) {
        String type = d.getAttribute("pub-type") + d.getAttribute("date-type");
        if (type.equals(wanted) || wanted.isEmpty()) {
          Optional<LocalDate> date = ymd(d);
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> ymd(Element d) {
    try {
      Optional<String> year = text(d, "year");
      if (year.isEmpty()) {
        return Optional.empty();
      }
      int month = text(d, "month").map(Integer::parseInt).orElse(1);
      int day = text(d, "day").map(Integer::parseInt).orElse(1);
      return Optional.of(LocalDate.of(Integer.parseInt(year.get()), month, day));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private static List<Citation> citations(Element article) {
    List<Citation> out = new ArrayList<>();
    Optional<Element> back = child(article, "back");
    if (back.isEmpty()) {
      return out;
    }
    for (Element list : descendants(back.get(), "ref-list")) {
      for (Element ref : children(list, "ref")) {
        citation(ref).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Citation> citation(Element ref) {
    Optional<Element> cit =
        children(ref, "*").stream().filter(e -> e.getTagName().endsWith("citation")).findFirst();
    if (cit.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (Element id : descendants(cit.get(), "pub-id")) {
      switch (id.getAttribute("pub-id-type")) {
        case "pmid" -> ids.put("pmid", text(id));
        case "doi" -> ids.put("doi", text(id).toLowerCase(Locale.ROOT));
        case "pmc", "pmcid" -> ids.put("pmcid", pmcid(text(id)));
        default -> {
          /* other ids are not resolvable */
        }
      }
    }
    String text = citationText(cit.get());
    if (text.isBlank() && ids.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> label = text(ref, "label").or(() -> Optional.of(ref.getAttribute("id")));
    return Optional.of(new Citation(label.filter(l -> !l.isBlank()), text, ids));
  }

  /** "Locker D, Smith J (1988) Measuring oral health. Community Dent Health 5: 3". */
  private static String citationText(Element cit) {
    Optional<String> title = text(cit, "article-title");
    Optional<String> sourceTitle = text(cit, "source");
    if (title.isEmpty() && sourceTitle.isEmpty()) {
      return text(cit);
    }
    List<String> names = new ArrayList<>();
    for (Element n : descendants(cit, "name")) {
      name(n).ifPresent(names::add);
    }
    StringBuilder b = new StringBuilder();
    if (!names.isEmpty()) {
      b.append(String.join(", ", names.subList(0, Math.min(3, names.size()))));
      b.append(names.size() > 3 || !descendants(cit, "etal").isEmpty() ? ", et al. " : ". ");
    }
    text(cit, "year").ifPresent(y -> b.append('(').append(y).append(") "));
    title.ifPresent(t -> b.append(t).append(t.endsWith(".") || t.endsWith("?") ? " " : ". "));
    sourceTitle.ifPresent(s -> b.append(s));
    text(cit, "volume").ifPresent(v -> b.append(' ').append(v));
    text(cit, "fpage").ifPresent(p -> b.append(": ").append(p));
    return b.toString().strip();
  }
}

package org.litgraph.ingest.source;

import static org.litgraph.ingest.source.DomNodes.child;
import static org.litgraph.ingest.source.DomNodes.children;
import static org.litgraph.ingest.source.DomNodes.path;
import static org.litgraph.ingest.source.DomNodes.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a MEDLINE/PubMed citation set ({@code <PubmedArticleSet>}, as efetch and the baseline files
 * give it) into one {@link DocumentKind#ABSTRACT} document per article.
 *
 * <p>The text is the abstract, one paragraph per {@code AbstractText} with its label ("BACKGROUND:
 * ..."). Metadata: authors ("Last FM" or the collective name), the journal's title as venue, PMID,
 * DOI and PMCID, MeSH descriptor names as keywords (plus author keywords), publication types,
 * language. The date is the electronic {@code ArticleDate} if given, else the journal issue's
 * {@code PubDate} or its free-text {@code MedlineDate}; a missing month or day counts as the first.
 * The canonical source is {@code https://pubmed.ncbi.nlm.nih.gov/<PMID>/}.
 */
public final class PubMedXmlReader {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s+([A-Za-z]{3})[a-z]*)?");

  List<SourceDocument> read(String source, Document xml) throws SourceException {
    Element root = xml.getDocumentElement();
    if (!root.getTagName().equals("PubmedArticleSet")
        && !root.getTagName().equals("PubmedArticle")) {
      throw new SourceException(
          source, "not a PubMed article set: root is <" + root.getTagName() + ">");
    }
    List<Element> articles =
        root.getTagName().equals("PubmedArticle") ? List.of(root) : children(root, "PubmedArticle");
    if (articles.isEmpty()) {
      throw new SourceException(source, "PubMed article set holds no <PubmedArticle>");
    }
    List<SourceDocument> out = new ArrayList<>(articles.size());
    for (Element article : articles) {
      out.add(article(source, article));
    }
    return out;
  }

  private SourceDocument article(String source, Element article) throws SourceException {
    Element citation =
        child(article, "MedlineCitation")
            .orElseThrow(
                () -> new SourceException(source, "PubmedArticle without MedlineCitation"));
    String pmid =
        text(citation, "PMID")
            .orElseThrow(() -> new SourceException(source, "PubmedArticle without PMID"));
    Element art =
        child(citation, "Article")
            .orElseThrow(() -> new SourceException(source, "PMID " + pmid + " has no <Article>"));
    Optional<String> title = text(art, "ArticleTitle");
    String body = abstractText(art);
    if (body.isEmpty() && title.isEmpty()) {
      throw new SourceException(source, "PMID " + pmid + " has neither title nor abstract");
    }
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("pmid", pmid);
    path(article, "PubmedData", "ArticleIdList")
        .ifPresent(
            list -> {
              for (Element id : children(list, "ArticleId")) {
                String type = id.getAttribute("IdType");
                if (type.equals("doi")) {
                  ids.put("doi", text(id).toLowerCase(Locale.ROOT));
                } else if (type.equals("pmc")) {
                  ids.put("pmcid", text(id));
                }
              }
            });
    for (Element loc : children(art, "ELocationID")) {
      if (loc.getAttribute("EIdType").equals("doi")) {
        ids.putIfAbsent("doi", text(loc).toLowerCase(Locale.ROOT));
      }
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            authors(art),
            text(art, "Journal", "Title").or(() -> text(art, "Journal", "ISOAbbreviation")),
            ids,
            keywords(citation),
            children(art, "PublicationTypeList").stream()
                .flatMap(l -> children(l, "PublicationType").stream())
                .map(DomNodes::text)
                .toList(),
            text(art, "Language"),
            List.of());
    return new SourceDocument(
        "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/",
        title,
        date(art),
        DocumentKind.ABSTRACT,
        body.isEmpty() ? title.orElseThrow() : body,
        metadata);
  }

  private static String abstractText(Element art) {
    List<String> paragraphs = new ArrayList<>();
    path(art, "Abstract")
        .ifPresent(
            a -> {
              for (Element t : children(a, "AbstractText")) {
                String text = text(t);
                String label = t.getAttribute("Label");
                if (!text.isEmpty()) {
                  paragraphs.add(label.isBlank() ? text : label.strip() + ": " + text);
                }
              }
            });
    return String.join("\n\n", paragraphs);
  }

  private static List<String> authors(Element art) {
    List<String> out = new ArrayList<>();
    path(art, "AuthorList")
        .ifPresent(
            list -> {
              for (Element a : children(list, "Author")) {
                Optional<String> last = text(a, "LastName");
                if (last.isPresent()) {
                  out.add(last.get() + text(a, "Initials").map(i -> " " + i).orElse(""));
                } else {
                  text(a, "CollectiveName").ifPresent(out::add);
                }
              }
            });
    return out;
  }

  private static List<String> keywords(Element citation) {
    List<String> out = new ArrayList<>();
    path(citation, "MeshHeadingList")
        .ifPresent(
            l -> {
              for (Element h : children(l, "MeshHeading")) {
                text(h, "DescriptorName").ifPresent(out::add);
              }
            });
    for (Element list : children(citation, "KeywordList")) {
      for (Element k : children(list, "Keyword")) {
        String t = text(k);
        if (!t.isEmpty() && !out.contains(t)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  static Optional<LocalDate> date(Element art) {
    for (Element d : children(art, "ArticleDate")) {
      Optional<LocalDate> date = ymd(d);
      if (date.isPresent()) {
        return date;
      }
    }
    Optional<Element> pubDate = path(art, "Journal", "JournalIssue", "PubDate");
    if (pubDate.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = ymd(pubDate.get());
    if (date.isPresent()) {
      return date;
    }
    return text(pubDate.get(), "MedlineDate").flatMap(PubMedXmlReader::medlineDate);
  }

  private static Optional<LocalDate> ymd(Element e) {
    Optional<String> year = text(e, "Year");
    if (year.isEmpty()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(year.get());
      int m = text(e, "Month").map(PubMedXmlReader::month).orElse(1);
      int d = text(e, "Day").map(Integer::parseInt).orElse(1);
      return Optional.of(LocalDate.of(y, m, d));
    } catch (NumberFormatException | DateTimeException ex) {
      return Optional.empty();
    }
  }

  /** "1998 Dec-1999 Jan", "2000 Spring", "1975": the first year and, if named, month. */
  static Optional<LocalDate> medlineDate(String text) {
    Matcher m = YEAR.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = 1;
    if (m.group(2) != null) {
      try {
        month = month(m.group(2));
      } catch (NumberFormatException e) {
        month = 1;
      }
    }
    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
  }

  /** "05", "5" or "May"/"may". */
  private static int month(String text) {
    String t = text.strip();
    if (t.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(t);
    }
    String three = t.length() >= 3 ? t.substring(0, 3).toLowerCase(Locale.ROOT) : t;
    for (Month m : Month.values()) {
      if (m.name().substring(0, 3).toLowerCase(Locale.ROOT).equals(three)) {
        return m.getValue();
      }
    }
    throw new NumberFormatException("not a month: " + text);
  }
}

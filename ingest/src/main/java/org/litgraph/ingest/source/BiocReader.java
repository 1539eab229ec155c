package org.litgraph.ingest.source;

import static org.litgraph.ingest.source.DomNodes.children;
import static org.litgraph.ingest.source.DomNodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads BioC collections, XML ({@code <collection><document><passage>}) or JSON ({@code
 * {"documents": [{"id", "passages": [{"infons": {"type"}, "text"}]}]}}, also PubTator3's {@code
 * {"PubTator3": [...]}} export and arrays of collections), into one document per BioC document.
 *
 * <p>A passage typed {@code title} or {@code front} gives the title; the others are the text, one
 * paragraph each. A document of only title and abstract passages is an {@link
 * DocumentKind#ABSTRACT}, else an {@link DocumentKind#ARTICLE}. A numeric id is a PMID, a {@code
 * PMC...} id a PMCID; they give the canonical source as for PubMed and JATS, so the same article
 * read from BioC and from PubMed XML is one document.
 */
public final class BiocReader {
  /** One passage: its type infon and text. */
  private record Passage(String type, String text) {}

  List<SourceDocument> read(String source, Document xml) throws SourceException {
    Element root = xml.getDocumentElement();
    if (!root.getTagName().equals("collection")) {
      throw new SourceException(
          source, "not a BioC collection: root is <" + root.getTagName() + ">");
    }
    List<SourceDocument> out = new ArrayList<>();
    for (Element d : children(root, "document")) {
      String id = text(d, "id").orElse("");
      List<Passage> passages = new ArrayList<>();
      for (Element p : children(d, "passage")) {
        String type = "";
        for (Element infon : children(p, "infon")) {
          if (infon.getAttribute("key").equals("type")
              || infon.getAttribute("key").equals("section_type")) {
            type = type.isEmpty() ? text(infon) : type;
          }
        }
        passages.add(new Passage(type, text(p, "text").orElse("")));
      }
      out.add(document(source, id, passages));
    }
    if (out.isEmpty()) {
      throw new SourceException(source, "BioC collection holds no documents");
    }
    return out;
  }

  /** True when the JSON looks like BioC. */
  static boolean isBiocJson(JsonNode root) {
    if (root.isArray()) {
      return !root.isEmpty() && isBiocJson(root.get(0));
    }
    return (root.path("documents").isArray() && root.path("documents").path(0).has("passages"))
        || (root.path("PubTator3").isArray() && root.path("PubTator3").path(0).has("passages"));
  }

  List<SourceDocument> read(String source, JsonNode root) throws SourceException {
    List<JsonNode> documents = new ArrayList<>();
    collect(root, documents);
    List<SourceDocument> out = new ArrayList<>();
    for (JsonNode d : documents) {
      List<Passage> passages = new ArrayList<>();
      for (JsonNode p : d.path("passages")) {
        JsonNode infons = p.path("infons");
        String type = infons.path("type").asText(infons.path("section_type").asText(""));
        passages.add(new Passage(type, p.path("text").asText("")));
      }
      out.add(document(source, d.path("id").asText(d.path("_id").asText("")), passages));
    }
    if (out.isEmpty()) {
      throw new SourceException(source, "BioC collection holds no documents");
    }
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.has("passages")) {
      out.add(node);
    } else {
      node.path("documents").forEach(n -> collect(n, out));
      node.path("PubTator3").forEach(n -> collect(n, out));
    }
  }

  private static SourceDocument document(String source, String id, List<Passage> passages)
      throws SourceException {
    Optional<String> title = Optional.empty();
    List<String> paragraphs = new ArrayList<>();
    boolean abstractOnly = true;
    for (Passage p : passages) {
      String type = p.type().toLowerCase(Locale.ROOT);
      String text = DomNodes.fold(p.text());
      if (text.isEmpty()) {
        continue;
      }
      if (title.isEmpty() && (type.equals("title") || type.equals("front"))) {
        title = Optional.of(text);
        continue;
      }
      abstractOnly &= type.equals("abstract") || type.equals("title");
      paragraphs.add(text);
    }
    String name = id.isBlank() ? source : source + "#" + id;
    if (paragraphs.isEmpty() && title.isEmpty()) {
      throw new SourceException(name, "BioC document without text");
    }
    DocumentMetadata metadata = DocumentMetadata.NONE;
    String canonical = name;
    String trimmed = id.strip();
    if (trimmed.matches("\\d{1,9}")) {
      canonical = "https://pubmed.ncbi.nlm.nih.gov/" + trimmed + "/";
      metadata = idsOnly("pmid", trimmed);
    } else if (trimmed.matches("PMC\\d+")) {
      canonical = "https://www.ncbi.nlm.nih.gov/pmc/articles/" + trimmed + "/";
      metadata = idsOnly("pmcid", trimmed);
    }
    return new SourceDocument(
        canonical,
        title,
        Optional.empty(),
        abstractOnly ? DocumentKind.ABSTRACT : DocumentKind.ARTICLE,
        paragraphs.isEmpty() ? title.orElseThrow() : String.join("\n\n", paragraphs),
        metadata);
  }

  private static DocumentMetadata idsOnly(String scheme, String value) {
    return new DocumentMetadata(
        List.of(),
        Optional.empty(),
        java.util.Map.of(scheme, value),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of());
  }
}

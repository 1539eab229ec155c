package org.litgraph.ingest.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * Reads the annotations and relations of BioC collections, XML or JSON, where {@link BiocReader}
 * reads only their text: for checking an export against the graph it came from, and for tools that
 * want the annotations a BioC file carries. Offsets are BioC's: into the document, as the passages'
 * {@code offset} counts.
 */
public final class BiocAnnotationReader {
  private final SecureXml xml = new SecureXml();
  private final ObjectMapper json = new ObjectMapper();

  /** One annotation: its type and identifier infons and its first location. */
  public record Annotation(String type, String identifier, int offset, int length, String text) {
    public Annotation {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(identifier, "identifier");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A relation's infons (type, role1, role2, ...). */
  public record Relation(Map<String, String> infons) {
    public Relation {
      infons = Map.copyOf(infons);
    }
  }

  /** A document's id with its annotations (all passages, in order) and relations. */
  public record AnnotatedBioc(String id, List<Annotation> annotations, List<Relation> relations) {
    public AnnotatedBioc {
      annotations = List.copyOf(annotations);
      relations = List.copyOf(relations);
    }
  }

  /**
   * Reads a BioC collection, XML or JSON (recognised by its first character).
   *
   * @param name the file or URL, for error messages
   * @throws SourceException naming the source when it is malformed
   */
  public List<AnnotatedBioc> read(String name, String content) throws SourceException {
    String trimmed = content.stripLeading();
    return trimmed.startsWith("<") ? readXml(name, content) : readJson(name, content);
  }

  private List<AnnotatedBioc> readXml(String name, String content) throws SourceException {
    Element root = xml.parse(name, content).getDocumentElement();
    List<AnnotatedBioc> out = new ArrayList<>();
    for (Element d : DomNodes.children(root, "document")) {
      List<Annotation> annotations = new ArrayList<>();
      for (Element p : DomNodes.children(d, "passage")) {
        for (Element a : DomNodes.children(p, "annotation")) {
          Map<String, String> infons = xmlInfons(a);
          List<Element> locations = DomNodes.children(a, "location");
          if (locations.isEmpty()) {
            throw new SourceException(name, "BioC annotation without a location");
          }
          annotations.add(
              new Annotation(
                  infons.getOrDefault("type", ""),
                  infons.getOrDefault("identifier", ""),
                  integer(name, locations.getFirst().getAttribute("offset")),
                  integer(name, locations.getFirst().getAttribute("length")),
                  DomNodes.text(a, "text").orElse("")));
        }
      }
      List<Relation> relations = new ArrayList<>();
      for (Element r : DomNodes.children(d, "relation")) {
        relations.add(new Relation(xmlInfons(r)));
      }
      out.add(new AnnotatedBioc(DomNodes.text(d, "id").orElse(""), annotations, relations));
    }
    return out;
  }

  private static Map<String, String> xmlInfons(Element e) {
    Map<String, String> infons = new LinkedHashMap<>();
    for (Element infon : DomNodes.children(e, "infon")) {
      infons.put(infon.getAttribute("key"), infon.getTextContent());
    }
    return infons;
  }

  private List<AnnotatedBioc> readJson(String name, String content) throws SourceException {
    JsonNode root;
    try {
      root = json.readTree(content);
    } catch (JacksonException e) {
      throw new SourceException(name, "malformed BioC JSON: " + e.getOriginalMessage(), e);
    }
    List<AnnotatedBioc> out = new ArrayList<>();
    for (JsonNode d : root.path("documents")) {
      List<Annotation> annotations = new ArrayList<>();
      for (JsonNode p : d.path("passages")) {
        for (JsonNode a : p.path("annotations")) {
          JsonNode location = a.path("locations").path(0);
          if (location.isMissingNode()) {
            throw new SourceException(name, "BioC annotation without a location");
          }
          annotations.add(
              new Annotation(
                  a.path("infons").path("type").asText(""),
                  a.path("infons").path("identifier").asText(""),
                  location.path("offset").asInt(),
                  location.path("length").asInt(),
                  a.path("text").asText("")));
        }
      }
      List<Relation> relations = new ArrayList<>();
      for (JsonNode r : d.path("relations")) {
        Map<String, String> infons = new LinkedHashMap<>();
        r.path("infons").properties().forEach(e -> infons.put(e.getKey(), e.getValue().asText()));
        relations.add(new Relation(infons));
      }
      out.add(new AnnotatedBioc(d.path("id").asText(""), annotations, relations));
    }
    return out;
  }

  private static int integer(String name, String value) throws SourceException {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new SourceException(name, "BioC location offset or length is not a number: " + value);
    }
  }
}

package org.litgraph.api.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.GraphExport;
import org.litgraph.graph.store.ResolvedMention;

/**
 * BioC export, XML ({@code bioc.xml}) and JSON ({@code bioc.json}) written in one pass: one BioC
 * document per stored document (id: the PMID, else the LitGraph id; infons {@code litgraph_id},
 * {@code title}, {@code kind}), its paragraphs as passages with their offsets (the first typed
 * {@code title} when it is the title), each mention an annotation in its passage (infons {@code
 * type} = Biolink category name and {@code identifier} = CURIE; location offset and length into the
 * document text, as BioC counts them), and each affirmed claim a document-level relation (infons
 * {@code type} = predicate, {@code role1} = subject, {@code role2} = object).
 */
public final class BiocExporter {
  private final ObjectMapper json = new ObjectMapper();

  /** Writes {@code bioc.xml} and {@code bioc.json} into a directory. */
  public ExportSummary export(
      GraphExport graph, ExportFilter filter, Path dir, ExportProgress progress) {
    try (ExportFile xmlFile = new ExportFile(dir.resolve("bioc.xml"), progress);
        ExportFile jsonFile = new ExportFile(dir.resolve("bioc.json"), progress)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(xmlFile.writer());
      JsonGenerator gen = json.createGenerator(jsonFile.writer());
      String date = LocalDate.now().toString();
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("collection");
      element(xml, "source", "LitGraph");
      element(xml, "date", date);
      element(xml, "key", "litgraph.key");
      gen.writeStartObject();
      gen.writeStringField("source", "LitGraph");
      gen.writeStringField("date", date);
      gen.writeStringField("key", "litgraph.key");
      gen.writeObjectField("infons", Map.of());
      gen.writeArrayFieldStart("documents");
      graph.documents(
          filter,
          view -> {
            Map<String, Object> doc = document(view);
            try {
              writeXml(xml, doc);
              gen.writeObject(doc);
              gen.writeRaw('\n');
            } catch (XMLStreamException | IOException e) {
              throw new IllegalStateException("cannot write BioC: " + e.getMessage(), e);
            }
            xmlFile.record();
            jsonFile.record();
          });
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
      gen.writeEndArray();
      gen.writeEndObject();
      gen.close();
      xmlFile.close();
      jsonFile.close();
      return new ExportSummary(List.of(ExportSummary.of(xmlFile), ExportSummary.of(jsonFile)));
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write BioC XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document in BioC JSON's shape (the XML is written from the same map). */
  static Map<String, Object> document(DocumentView view) {
    List<DocumentLayout.Passage> passages = DocumentLayout.passages(view);
    List<List<Map<String, Object>>> annotations = new ArrayList<>();
    passages.forEach(p -> annotations.add(new ArrayList<>()));
    int n = 0;
    for (ResolvedMention rm : view.mentions()) {
      Mention m = rm.mention();
      if (passages.isEmpty() || m.end() > view.text().length()) {
        continue;
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", "T" + ++n);
      a.put(
          "infons",
          Map.of(
              "type", rm.entity().category().biolinkName(), "identifier", m.entityId().toString()));
      a.put("text", clean(view.text().substring(m.start(), m.end())));
      a.put("locations", List.of(Map.of("offset", m.start(), "length", m.end() - m.start())));
      annotations.get(DocumentLayout.passageOf(passages, m.start())).add(a);
    }
    List<Map<String, Object>> passageMaps = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      DocumentLayout.Passage p = passages.get(i);
      Map<String, Object> passage = new LinkedHashMap<>();
      passage.put("infons", Map.of("type", p.type()));
      passage.put("offset", p.offset());
      passage.put("text", clean(p.text()));
      passage.put("sentences", List.of());
      passage.put("annotations", annotations.get(i));
      passage.put("relations", List.of());
      passageMaps.add(passage);
    }
    List<Map<String, Object>> relations = new ArrayList<>();
    int r = 0;
    for (Claim c : DocumentLayout.relations(view)) {
      Map<String, Object> infons = new LinkedHashMap<>();
      infons.put("type", c.predicate().label());
      infons.put("role1", c.subject().toString());
      infons.put("role2", c.object().toString());
      relations.add(Map.of("id", "R" + ++r, "infons", infons, "nodes", List.of()));
    }
    Map<String, Object> infons = new LinkedHashMap<>();
    infons.put("litgraph_id", view.document().id());
    infons.put("title", clean(view.document().title()));
    infons.put("kind", view.document().kind().name());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", DocumentLayout.id(view));
    doc.put("infons", infons);
    doc.put("passages", passageMaps);
    doc.put("annotations", List.of());
    doc.put("relations", relations);
    return doc;
  }

  @SuppressWarnings("unchecked")
  private static void writeXml(XMLStreamWriter xml, Map<String, Object> doc)
      throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement("document");
    element(xml, "id", (String) doc.get("id"));
    infons(xml, (Map<String, Object>) doc.get("infons"));
    for (Map<String, Object> p : (List<Map<String, Object>>) doc.get("passages")) {
      xml.writeStartElement("passage");
      infons(xml, (Map<String, Object>) p.get("infons"));
      element(xml, "offset", p.get("offset").toString());
      element(xml, "text", (String) p.get("text"));
      for (Map<String, Object> a : (List<Map<String, Object>>) p.get("annotations")) {
        xml.writeStartElement("annotation");
        xml.writeAttribute("id", (String) a.get("id"));
        infons(xml, (Map<String, Object>) a.get("infons"));
        for (Map<String, Object> loc : (List<Map<String, Object>>) a.get("locations")) {
          xml.writeEmptyElement("location");
          xml.writeAttribute("offset", loc.get("offset").toString());
          xml.writeAttribute("length", loc.get("length").toString());
        }
        element(xml, "text", (String) a.get("text"));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    for (Map<String, Object> rel : (List<Map<String, Object>>) doc.get("relations")) {
      xml.writeStartElement("relation");
      xml.writeAttribute("id", (String) rel.get("id"));
      infons(xml, (Map<String, Object>) rel.get("infons"));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void infons(XMLStreamWriter xml, Map<String, Object> infons)
      throws XMLStreamException {
    for (Map.Entry<String, Object> e : infons.entrySet()) {
      xml.writeStartElement("infon");
      xml.writeAttribute("key", e.getKey());
      xml.writeCharacters(e.getValue().toString());
      xml.writeEndElement();
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /**
   * Characters XML 1.0 cannot hold, and CR (which XML parsers fold into LF), become spaces: same
   * length, so offsets stay true.
   */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c == '\t'
              || c == '\n'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || Character.isSurrogate(c);
      if (!ok) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, ' ');
      }
    }
    return b == null ? s : b.toString();
  }
}

package org.litgraph.ingest.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.litgraph.graph.model.EntityCategory;

/**
 * Reads NCBI Taxonomy classes from an OWL (RDF/XML) file such as MONDO's NCBITaxon import: the
 * scientific name ({@code rdfs:label}) and the exact synonyms, which hold the common names ("rat",
 * "rats", "human"). Related synonyms (old scientific names) are dropped. Parsed with StAX, so no
 * ontology library is needed.
 */
public final class TaxonomyReader {
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  private static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";
  private static final String OWL = "http://www.w3.org/2002/07/owl#";
  private static final String TAXON_IRI = "http://purl.obolibrary.org/obo/NCBITaxon_";

  private TaxonomyReader() {}

  public static List<Concept> read(Path owl) {
    try (InputStream in = Files.newInputStream(owl)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + owl, e);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(owl + ": " + e.getMessage(), e);
    }
  }

  static List<Concept> read(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
    List<Concept> concepts = new ArrayList<>();
    String id = null;
    String label = null;
    List<String> synonyms = new ArrayList<>();
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamReader.START_ELEMENT) {
        depth++;
        boolean isClass = OWL.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("Class");
        String about = xml.getAttributeValue(RDF, "about");
        if (isClass && depth == 2 && about != null && about.startsWith(TAXON_IRI)) {
          id = "NCBITaxon:" + about.substring(TAXON_IRI.length());
          label = null;
          synonyms = new ArrayList<>();
        } else if (id != null && depth == 3) {
          String ns = xml.getNamespaceURI();
          String local = xml.getLocalName();
          if (RDFS.equals(ns) && local.equals("label")) {
            label = xml.getElementText().strip();
            depth--;
          } else if (OBO_IN_OWL.equals(ns) && local.equals("hasExactSynonym")) {
            synonyms.add(xml.getElementText().strip());
            depth--;
          }
        }
      } else if (event == XMLStreamReader.END_ELEMENT) {
        if (depth == 2 && id != null) {
          if (label != null && !label.isBlank()) {
            Concept c = new Concept(id, EntityCategory.ORGANISM_TAXON, label);
            c.addTerm(label, TermKind.PREFERRED);
            synonyms.forEach(s -> c.addTerm(s, TermKind.SYNONYM));
            concepts.add(c);
          }
          id = null;
        }
        depth--;
      }
    }
    xml.close();
    return concepts;
  }
}

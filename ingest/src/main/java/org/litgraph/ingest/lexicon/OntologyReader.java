package org.litgraph.ingest.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.litgraph.graph.model.EntityCategory;

/**
 * Reads the OBO ontologies that give one category each: the Cell Ontology (Cell), UBERON
 * (AnatomicalEntity) and the Disease Ontology's infectious-disease slim (Disease).
 *
 * <p>Only terms of the ontology's own id space are read (CL imports a few CP terms). Names and
 * EXACT synonyms are kept, plus RELATED synonyms typed PLURAL (CL lists plurals that way); NARROW,
 * BROAD and other RELATED synonyms are dropped, because "BMSC" for mesenchymal stem cell or
 * "marrow" for bone marrow would be wrong as often as right. Synonyms typed as abbreviations match
 * with their exact case. MeSH xrefs are kept as links for {@link CrossLinker}.
 */
public final class OntologyReader {
  /** A descriptor id; some ontologies also cite MeSH tree numbers, which are not concepts. */
  private static final Pattern MESH_ID = Pattern.compile("[CD]\\d{6,9}");

  private OntologyReader() {}

  /** Cell Ontology terms ({@code CL:}) as Cell concepts. */
  public static List<Concept> cellOntology(Path obo) {
    return read(OboReader.read(obo), "CL:", EntityCategory.CELL);
  }

  /** UBERON terms as AnatomicalEntity concepts. */
  public static List<Concept> uberon(Path obo) {
    return read(OboReader.read(obo), "UBERON:", EntityCategory.ANATOMICAL_ENTITY);
  }

  /** Disease Ontology terms ({@code DOID:}) as Disease concepts. */
  public static List<Concept> diseaseOntology(Path obo) {
    return read(OboReader.read(obo), "DOID:", EntityCategory.DISEASE);
  }

  static List<Concept> read(List<OboTerm> terms, String idPrefix, EntityCategory category) {
    List<Concept> concepts = new ArrayList<>();
    for (OboTerm t : terms) {
      if (!t.id().startsWith(idPrefix)) {
        continue;
      }
      Concept c = new Concept(t.id(), category, t.name());
      c.addTerm(t.name(), TermKind.PREFERRED);
      for (OboTerm.Synonym s : t.synonyms()) {
        boolean exact = s.scope().equals("EXACT");
        boolean plural = s.scope().equals("RELATED") && s.type().equalsIgnoreCase("PLURAL");
        if (exact || plural) {
          c.addTerm(s.text(), isAbbreviation(s) ? TermKind.ABBREVIATION : TermKind.SYNONYM);
        }
      }
      for (String x : t.xrefs()) {
        String local = x.substring(x.indexOf(':') + 1);
        if ((x.startsWith("MESH:") || x.startsWith("MSH:")) && MESH_ID.matcher(local).matches()) {
          c.addLink("MESH:" + local);
        }
      }
      concepts.add(c);
    }
    return concepts;
  }

  private static boolean isAbbreviation(OboTerm.Synonym s) {
    // OMO:0003000 is "abbreviation", OMO:0003012 "acronym" in the OBO Metadata Ontology
    String type = s.type().toLowerCase(Locale.ROOT);
    return type.contains("abbreviation")
        || type.contains("acronym")
        || type.equals("omo:0003000")
        || type.equals("omo:0003012");
  }
}

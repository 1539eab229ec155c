package org.litgraph.ingest.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.litgraph.graph.model.EntityCategory;

/**
 * Reads the Disease Ontology: labels of every human disease from {@code HumanDO.tsv}, synonyms from
 * the infectious-disease slim OBO (the only DO file here that has them), and DOID ↔ MeSH links from
 * {@code MESHinDO.tsv} and the slim's xrefs.
 */
public final class DiseaseOntologyReader {
  private DiseaseOntologyReader() {}

  public static List<Concept> read(Path humanDo, Path meshInDo, Path slimObo) {
    Map<String, Concept> byId = new TreeMap<>();
    TsvFiles.forEachRow(
        humanDo,
        2,
        f -> {
          if (f[0].startsWith("DOID:") && !f[1].isBlank()) {
            byId.put(
                f[0],
                new Concept(f[0], EntityCategory.DISEASE, f[1]).addTerm(f[1], TermKind.PREFERRED));
          }
        });
    for (Concept slim : OntologyReader.diseaseOntology(slimObo)) {
      Concept c = byId.get(slim.id());
      if (c == null) {
        byId.put(slim.id(), slim);
        continue;
      }
      slim.terms().stream()
          .filter(t -> t.kind() != TermKind.PREFERRED)
          .forEach(t -> c.addTerm(t.text(), t.kind()));
      slim.links().forEach(c::addLink);
    }
    TsvFiles.forEachRow(
        meshInDo,
        3,
        f -> {
          Concept c = byId.get(f[0]);
          if (c != null && f[2].startsWith("MESH:")) {
            c.addLink(f[2]);
          }
        });
    return new ArrayList<>(byId.values());
  }
}

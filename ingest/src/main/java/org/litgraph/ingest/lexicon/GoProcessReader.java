package org.litgraph.ingest.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litgraph.graph.model.EntityCategory;

/**
 * Reads Gene Ontology biological processes (ontology {@code BP}) with their synonyms; molecular
 * functions and cellular components are left out, as are obsolete terms.
 */
public final class GoProcessReader {
  private GoProcessReader() {}

  public static List<Concept> read(Path goTerms) {
    List<Concept> concepts = new ArrayList<>();
    TsvFiles.forEachRow(
        goTerms,
        4,
        f -> {
          if (!f[1].equals("BP") || f[2].isBlank() || f[2].startsWith("obsolete ")) {
            return;
          }
          Concept c = new Concept(f[0], EntityCategory.BIOLOGICAL_PROCESS, f[2]);
          c.addTerm(f[2], TermKind.PREFERRED);
          if (!f[3].isBlank()) {
            for (String s : f[3].split("\\|")) {
              if (!s.isBlank()) {
                c.addTerm(s.strip(), TermKind.SYNONYM);
              }
            }
          }
          concepts.add(c);
        });
    return concepts;
  }
}

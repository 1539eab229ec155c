package org.litgraph.ingest.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litgraph.graph.model.EntityCategory;

/**
 * Reads Gene Ontology biological processes (ontology {@code BP}) with their synonyms; molecular
 * functions and cellular components are left out, as are obsolete terms and implausible one-word
 * synonyms (see {@link #plausible}).
 */
public final class GoProcessReader {
  private GoProcessReader() {}

  /**
   * The file gives synonyms without their scope, so broad ones come too: "formation" for
   * biosynthetic process, "synthesis" for many. A one-word synonym is kept only when it shares its
   * first five letters with a word of the label ("apoptosis" for "apoptotic process").
   */
  static boolean plausible(String synonym, String label) {
    if (synonym.indexOf(' ') >= 0) {
      return true;
    }
    String lower = synonym.toLowerCase(Locale.ROOT);
    if (lower.length() < 5) {
      return false;
    }
    for (String word : label.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (word.length() >= 5 && word.startsWith(lower.substring(0, 5))) {
        return true;
      }
    }
    return false;
  }

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
              if (!s.isBlank() && plausible(s.strip(), f[2])) {
                c.addTerm(s.strip(), TermKind.SYNONYM);
              }
            }
          }
          concepts.add(c);
        });
    return concepts;
  }
}

package org.litgraph.ingest.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.SurfaceKeys;

/**
 * Reads NCBI Gene's human genes: official full name, official symbol and aliases.
 *
 * <p>Only protein-coding and ncRNA genes are read; pseudogenes, "biological regions" and genes of
 * unknown type name nothing that literature talks about. Symbols and aliases are the riskiest
 * surfaces in the lexicon ("SET", "CAT", "IMPACT", "MS"), so they are guarded: a symbol is dropped
 * when it has two characters or fewer or is a common word; an alias is dropped when it has three
 * characters or fewer, is a common word, is also an alias of another gene, or is another gene's
 * official symbol. Kept symbols and aliases match with their exact case. Genes annotated with
 * "cytokine activity" ({@code cytokines_GO0005125_human.tsv}) carry the {@code cytokine} flag.
 */
public final class GeneReader {
  private static final Set<String> TYPES = Set.of("protein-coding", "ncRNA");

  private GeneReader() {}

  /**
   * @param commonWord true for a folded key that is too common to be a name
   */
  public static List<Concept> read(Path genes, Path cytokines, Predicate<String> commonWord) {
    Set<String> cytokineIds = new HashSet<>();
    TsvFiles.forEachRow(cytokines, 1, f -> cytokineIds.add(f[0]));
    List<String[]> rows = new ArrayList<>();
    TsvFiles.forEachRow(
        genes,
        5,
        f -> {
          if (TYPES.contains(f[3])) {
            rows.add(f);
          }
        });
    Map<String, String> symbols = new HashMap<>();
    Map<String, Integer> aliasGenes = new HashMap<>();
    for (String[] f : rows) {
      symbols.put(SurfaceKeys.exact(f[1]), f[0]);
      for (String alias : aliases(f)) {
        aliasGenes.merge(SurfaceKeys.exact(alias), 1, Integer::sum);
      }
    }
    List<Concept> concepts = new ArrayList<>();
    for (String[] f : rows) {
      String name = f[2].isBlank() ? f[1] : f[2];
      Concept c = new Concept("NCBIGene:" + f[0], EntityCategory.GENE_OR_GENE_PRODUCT, name);
      if (!f[2].isBlank()) {
        c.addTerm(f[2], TermKind.PREFERRED);
      }
      if (f[1].length() > 2 && !commonWord.test(SurfaceKeys.folded(f[1]))) {
        c.addTerm(f[1], TermKind.SYMBOL);
      }
      for (String alias : aliases(f)) {
        String key = SurfaceKeys.exact(alias);
        String symbolOf = symbols.get(key);
        boolean unique = aliasGenes.get(key) == 1 && (symbolOf == null || symbolOf.equals(f[0]));
        if (alias.length() > 3 && unique && !commonWord.test(SurfaceKeys.folded(alias))) {
          c.addTerm(alias, TermKind.ALIAS);
        }
      }
      if (cytokineIds.contains(f[0])) {
        c.addFlag(MeshReader.CYTOKINE);
      }
      concepts.add(c);
    }
    return concepts;
  }

  /** The aliases column without the official symbol, which NCBI repeats there. */
  private static List<String> aliases(String[] f) {
    List<String> out = new ArrayList<>();
    if (f[4].isBlank()) {
      return out;
    }
    for (String a : f[4].split("\\|")) {
      String alias = a.strip();
      if (!alias.isEmpty() && !alias.equals(f[1]) && !out.contains(alias)) {
        out.add(alias);
      }
    }
    return out;
  }
}

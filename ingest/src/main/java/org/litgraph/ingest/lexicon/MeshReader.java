package org.litgraph.ingest.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.Lexicon;

/**
 * Reads MeSH descriptors ({@code data_mesh_thesaurus.tsv}) and files each under a category by its
 * tree numbers ({@code data_mesh_trees.tsv}); descriptors outside the trees below are skipped.
 *
 * <p>Trees, in order of precedence when a descriptor sits in several: C → Disease; A11 → Cell;
 * B01–B04 (eukaryotes, archaea, bacteria, viruses) → OrganismTaxon; D12.776 proteins and D12.644
 * peptides → GeneOrGeneProduct; other D → ChemicalEntity; A01–A17 → AnatomicalEntity; G03–G16 →
 * BiologicalProcess (less the non-process subtrees listed below). Physical, chemical and
 * mathematical phenomena (G01, G02, G17), plant, fungal, bacterial and viral structures (A18–A21)
 * and organism forms (B05) are left out: their names are mostly everyday words. Descriptors of the
 * cytokine subtree ({@code mesh_cytokines_subtree.tsv}) are GeneOrGeneProduct with the {@value
 * #CYTOKINE} flag.
 *
 * <p>Terms: permuted terms (MeSH's reordered duplicates) and historical ones are dropped; inverted
 * forms ("Shock, Septic") are put in natural order ("Septic Shock"); abbreviations, acronyms and
 * lab codes are marked as such so they match with their exact case.
 */
public final class MeshReader {
  public static final String CYTOKINE = Lexicon.CYTOKINE;

  /**
   * Subtrees of G that hold no processes: genetic structures (genes, introns, chromosomes), body
   * constitution (height, weight), diet and foods (beer, beef), drug phenomena, and ecological and
   * environmental phenomena (weather, fog, caves).
   */
  private static final List<String> EXCLUDED =
      List.of("G05.360", "G07.100", "G07.203", "G07.690", "G16.500");

  private MeshReader() {}

  /** Reads the descriptors of the categorised trees, in descriptor order. */
  public static List<Concept> read(Path thesaurus, Path trees, Path cytokines) {
    Set<String> cytokineIds = new HashSet<>();
    TsvFiles.forEachRow(cytokines, 1, f -> cytokineIds.add(f[0]));
    Map<String, EntityCategory> categories = new TreeMap<>();
    Map<String, Integer> ranks = new LinkedHashMap<>();
    TsvFiles.forEachRow(
        trees,
        3,
        f ->
            category(f[2])
                .ifPresent(
                    c -> {
                      Integer old = ranks.get(f[0]);
                      if (old == null || c.rank < old) {
                        ranks.put(f[0], c.rank);
                        categories.put(f[0], c.category);
                      }
                    }));
    for (String id : cytokineIds) {
      categories.put(id, EntityCategory.GENE_OR_GENE_PRODUCT);
    }
    Map<String, Concept> concepts = new TreeMap<>();
    TsvFiles.forEachRow(
        thesaurus,
        9,
        f -> {
          EntityCategory category = categories.get(f[0]);
          if (category == null || f[6].equals("Y") || f[7].equals("HIST")) {
            return;
          }
          Concept c =
              concepts.computeIfAbsent(
                  f[0], id -> new Concept("MESH:" + id, category, f[1].strip()));
          c.addTerm(naturalOrder(f[4]), kind(f));
        });
    for (String id : cytokineIds) {
      Concept c = concepts.get(id);
      if (c != null) {
        c.addFlag(CYTOKINE);
      }
    }
    return new ArrayList<>(concepts.values());
  }

  record Ranked(EntityCategory category, int rank) {}

  /** The category of one tree number, with its precedence (lower wins). */
  static Optional<Ranked> category(String tree) {
    for (String excluded : EXCLUDED) {
      if (tree.startsWith(excluded)) {
        return Optional.empty();
      }
    }
    String top = tree.length() >= 3 ? tree.substring(0, 3) : tree;
    char branch = tree.isEmpty() ? ' ' : tree.charAt(0);
    if (branch == 'C') {
      return Optional.of(new Ranked(EntityCategory.DISEASE, 0));
    }
    if (top.equals("A11")) {
      return Optional.of(new Ranked(EntityCategory.CELL, 1));
    }
    if (top.compareTo("B01") >= 0 && top.compareTo("B04") <= 0) {
      return Optional.of(new Ranked(EntityCategory.ORGANISM_TAXON, 2));
    }
    if (tree.startsWith("D12.776") || tree.startsWith("D12.644")) {
      return Optional.of(new Ranked(EntityCategory.GENE_OR_GENE_PRODUCT, 3));
    }
    if (branch == 'D') {
      return Optional.of(new Ranked(EntityCategory.CHEMICAL_ENTITY, 4));
    }
    if (top.compareTo("A01") >= 0 && top.compareTo("A17") <= 0) {
      return Optional.of(new Ranked(EntityCategory.ANATOMICAL_ENTITY, 5));
    }
    if (top.compareTo("G03") >= 0 && top.compareTo("G16") <= 0) {
      return Optional.of(new Ranked(EntityCategory.BIOLOGICAL_PROCESS, 6));
    }
    return Optional.empty();
  }

  private static TermKind kind(String[] f) {
    if (f[8].equals("Y")) {
      return TermKind.PREFERRED;
    }
    return switch (f[7]) {
      case "ABB", "ACR", "LAB" -> TermKind.ABBREVIATION;
      default -> TermKind.SYNONYM;
    };
  }

  /**
   * Puts an inverted MeSH form in natural order: "Leukemia, Myeloid, Acute" → "Acute Myeloid
   * Leukemia". Only forms of two or three parts are turned; longer ones are lists, left as they are
   * (and later dropped as too long or odd).
   */
  static String naturalOrder(String term) {
    String t = term.strip();
    if (!t.contains(", ")) {
      return t;
    }
    String[] parts = t.split(", ");
    if (parts.length > 3) {
      return t;
    }
    List<String> reversed = new ArrayList<>(List.of(parts));
    Collections.reverse(reversed);
    return String.join(" ", reversed);
  }
}

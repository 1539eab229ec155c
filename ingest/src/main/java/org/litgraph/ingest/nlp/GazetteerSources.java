package org.litgraph.ingest.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Fills a {@link CrfGazetteer} from vocabularies on disk: MeSH's thesaurus and trees (as in {@code
 * ../shared/vocab/mesh}) or a LitGraph lexicon TSV ({@code surface, id, category, ...}).
 */
public final class GazetteerSources {
  /** Longer MeSH terms are systematic chemical names that running text never repeats verbatim. */
  static final int MAX_TERM_LENGTH = 60;

  private GazetteerSources() {}

  /**
   * Adds MeSH terms by tree: C and F03 as Disease, D as ChemicalEntity except proteins and enzymes
   * (D12.776, D08.811) as GeneOrGeneProduct, A as AnatomicalEntity, B as OrganismTaxon, E as
   * Procedure, G as BiologicalProcess. The non-target categories are there as evidence against: a
   * name MeSH files as an organism or a procedure is rarely a disease. Permuted entry terms are
   * skipped; an inverted term with one comma ("Anemia, Hemolytic") is added in reading order
   * ("Hemolytic Anemia").
   *
   * @param meshDirectory holds {@code data_mesh_thesaurus.tsv} and {@code data_mesh_trees.tsv}
   */
  public static void addMesh(Path meshDirectory, CrfGazetteer.Builder gazetteer)
      throws IOException {
    Map<String, Set<String>> categories = new HashMap<>();
    Path trees = meshDirectory.resolve("data_mesh_trees.tsv");
    try (BufferedReader in = Files.newBufferedReader(trees, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      requireHeader(trees, header, "DescriptorUI", "tree_location", 0, 2);
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        String category = meshCategory(f[2]);
        if (category != null) {
          categories.computeIfAbsent(f[0], k -> new TreeSet<>()).add(category);
        }
      }
    }
    Path thesaurus = meshDirectory.resolve("data_mesh_thesaurus.tsv");
    try (BufferedReader in = Files.newBufferedReader(thesaurus, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      requireHeader(thesaurus, header, "DescriptorUI", "TermName", 0, 4);
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        Set<String> cats = categories.get(f[0]);
        if (cats == null || (f.length > 6 && f[6].equals("Y"))) {
          continue;
        }
        String term = readingOrder(f[4]);
        if (term != null) {
          cats.forEach(c -> gazetteer.add(term, c));
        }
      }
    }
  }

  /**
   * Adds the labels of the Disease Ontology's {@code HumanDO.tsv} ({@code id, label, subClassOf},
   * values in double quotes) as Disease: many hereditary syndromes MeSH files only as supplementary
   * concepts.
   */
  public static void addDiseaseOntology(Path humanDoTsv, CrfGazetteer.Builder gazetteer)
      throws IOException {
    List<String> lines = Files.readAllLines(humanDoTsv, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.getFirst().startsWith("id\tlabel")) {
      throw new IllegalArgumentException(humanDoTsv + ": expected a HumanDO.tsv with id and label");
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length > 1) {
        String label = unquote(f[1]);
        if (label.length() <= MAX_TERM_LENGTH) {
          gazetteer.add(label, "Disease");
        }
      }
    }
  }

  /**
   * Adds the symbols and names of protein-coding genes from an NCBI Gene TSV ({@code entrez_id,
   * symbol, gene_name, gene_type, ...}) as GeneOrGeneProduct, so that "G6PD" in "G6PD deficiency"
   * reads as a gene inside a disease name. Aliases are left out: many are words or disease
   * abbreviations ("CAT", "AD").
   */
  public static void addGenes(Path genesTsv, CrfGazetteer.Builder gazetteer) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(genesTsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      requireHeader(genesTsv, header, "entrez_id", "gene_type", 0, 3);
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length > 3 && f[3].equals("protein-coding")) {
          gazetteer.add(f[1], "GeneOrGeneProduct");
          if (f[2].length() <= MAX_TERM_LENGTH) {
            gazetteer.add(f[2], "GeneOrGeneProduct");
          }
        }
      }
    }
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : t;
  }

  /**
   * Adds every surface of a LitGraph lexicon TSV ({@code surface, id, category, name[, xrefs]};
   * {@code #} comments) under its category column; a name ending in {@code .gz} is read as gzip.
   */
  public static void addLexiconTsv(Path file, CrfGazetteer.Builder gazetteer) throws IOException {
    List<String> lines;
    if (file.getFileName().toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
    } else {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected surface, id, category");
      }
      gazetteer.add(f[0].strip(), f[2].strip());
    }
  }

  static String meshCategory(String treeNumber) {
    if (treeNumber.startsWith("D12.776") || treeNumber.startsWith("D08.811")) {
      return "GeneOrGeneProduct";
    }
    if (treeNumber.startsWith("F03")) {
      return "Disease";
    }
    return switch (treeNumber.isEmpty() ? ' ' : treeNumber.charAt(0)) {
      case 'C' -> "Disease";
      case 'D' -> "ChemicalEntity";
      case 'A' -> "AnatomicalEntity";
      case 'B' -> "OrganismTaxon";
      case 'E' -> "Procedure";
      case 'G' -> "BiologicalProcess";
      default -> null;
    };
  }

  /** "Anemia, Hemolytic" → "Hemolytic Anemia"; null for terms too long or inverted twice. */
  static String readingOrder(String term) {
    if (term.length() > MAX_TERM_LENGTH) {
      return null;
    }
    int comma = term.indexOf(", ");
    if (comma < 0) {
      return term;
    }
    if (term.indexOf(", ", comma + 2) >= 0) {
      return null;
    }
    return term.substring(comma + 2) + " " + term.substring(0, comma);
  }

  private static void requireHeader(
      Path file, String header, String first, String other, int firstAt, int otherAt) {
    String[] f = header == null ? new String[0] : header.split("\t", -1);
    if (f.length <= Math.max(firstAt, otherAt)
        || !f[firstAt].equals(first)
        || !f[otherAt].equals(other)) {
      throw new IllegalArgumentException(
          file + ": expected a MeSH TSV with " + first + " and " + other + " columns");
    }
  }
}

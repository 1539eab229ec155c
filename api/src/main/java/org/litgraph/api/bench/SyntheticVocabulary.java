package org.litgraph.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;

/**
 * The entities a {@link SyntheticCorpus} names: a fixed list of real concepts with their real ids
 * (sepsis, MSCs, IL-6, TNF-α, ... so queries and links look like the demo's), then generated genes,
 * chemicals and diseases with made-up but well-formed names, so that the index holds thousands of
 * distinct entities as a real corpus does. Deterministic for a seed.
 */
public final class SyntheticVocabulary {
  private static final String[][] REAL = {
    {"MESH:D018805", "Disease", "Sepsis", "septicemia", "blood poisoning"},
    {"MESH:D012772", "Disease", "Septic shock", "endotoxic shock"},
    {"MESH:D059630", "Cell", "Mesenchymal stem cells", "mesenchymal stromal cells", "MSCs", "MSC"},
    {"NCBIGene:3569", "GeneOrGeneProduct", "IL6", "IL-6", "interleukin 6"},
    {"NCBIGene:7124", "GeneOrGeneProduct", "TNF", "TNF-α", "tumor necrosis factor"},
    {"NCBIGene:3586", "GeneOrGeneProduct", "IL10", "IL-10", "interleukin 10"},
    {"NCBIGene:3553", "GeneOrGeneProduct", "IL1B", "IL-1β", "interleukin 1 beta"},
    {"NCBIGene:3458", "GeneOrGeneProduct", "IFNG", "IFN-γ", "interferon gamma"},
    {"NCBIGene:7040", "GeneOrGeneProduct", "TGFB1", "TGF-β1", "transforming growth factor beta 1"},
    {"NCBIGene:4790", "GeneOrGeneProduct", "NFKB1", "NF-κB", "nuclear factor kappa B"},
    {"MESH:D016207", "ChemicalEntity", "Cytokines", "cytokine"},
    {"MESH:D008070", "ChemicalEntity", "Lipopolysaccharides", "LPS", "endotoxin"},
    {"MESH:D000900", "ChemicalEntity", "Anti-Bacterial Agents", "antibiotics"},
    {"MESH:D006854", "ChemicalEntity", "Hydrocortisone", "cortisol"},
    {"MESH:D014640", "ChemicalEntity", "Vancomycin"},
    {"MESH:D007249", "Disease", "Inflammation", "inflammatory disease"},
    {"MESH:D055371", "Disease", "Acute Lung Injury", "ALI"},
    {"MESH:D012128", "Disease", "Acute respiratory distress syndrome", "ARDS"},
    {"MESH:D058186", "Disease", "Acute Kidney Injury", "AKI"},
    {"MESH:D009102", "Disease", "Multiple Organ Failure", "organ failure"},
    {"MESH:D003920", "Disease", "Diabetes Mellitus", "diabetes"},
    {"MESH:D006973", "Disease", "Hypertension", "high blood pressure"},
    {"MESH:D001853", "AnatomicalEntity", "Bone Marrow"},
    {"MESH:D014470", "AnatomicalEntity", "Umbilical Cord"},
    {"MESH:D000273", "AnatomicalEntity", "Adipose Tissue", "fat"},
    {"MESH:D008168", "AnatomicalEntity", "Lung", "lungs"},
    {"MESH:D007668", "AnatomicalEntity", "Kidney", "kidneys"},
    {"CL:0000235", "Cell", "macrophage", "macrophages"},
    {"CL:0000775", "Cell", "neutrophil", "neutrophils"},
    {"CL:0000084", "Cell", "T cell", "T lymphocytes"},
    {"GO:0006954", "BiologicalProcess", "inflammatory response"},
    {"GO:0006915", "BiologicalProcess", "apoptotic process", "apoptosis"},
    {"NCBITaxon:10090", "OrganismTaxon", "Mus musculus", "mouse", "mice"},
    {"NCBITaxon:10116", "OrganismTaxon", "Rattus norvegicus", "rat", "rats"},
  };
  private static final String[] SYLLABLES = {
    "ba", "co", "de", "fi", "ga", "ho", "ka", "li", "mo", "na", "pe", "ra", "si", "to", "vu", "xe",
    "zo", "tri", "pro", "lex", "mar", "ven", "dor", "qui"
  };

  private final List<Entity> real;
  private final List<Entity> generated;

  /**
   * The real concepts and {@code generated} made-up ones (a third each genes, chemicals, diseases).
   */
  public SyntheticVocabulary(int generated, long seed) {
    this.real = new ArrayList<>();
    for (String[] r : REAL) {
      real.add(
          new Entity(
              Curie.parse(r[0]),
              EntityCategory.parse(r[1]),
              r[2],
              List.of(r).subList(3, r.length),
              List.of()));
    }
    Random random = new Random(seed);
    this.generated = new ArrayList<>();
    for (int i = 0; i < generated; i++) {
      String word = word(random, 2 + random.nextInt(2));
      this.generated.add(
          switch (i % 3) {
            case 0 -> {
              String symbol = word.substring(0, 3).toUpperCase() + (1 + i % 97);
              yield new Entity(
                  Curie.parse("NCBIGene:" + (900_000 + i)),
                  EntityCategory.GENE_OR_GENE_PRODUCT,
                  symbol,
                  List.of(word + " factor " + (1 + i % 97), symbol + " protein"),
                  List.of());
            }
            case 1 ->
                new Entity(
                    Curie.parse("MESH:C9" + String.format("%05d", i)),
                    EntityCategory.CHEMICAL_ENTITY,
                    word + "mide",
                    List.of(word + "mide hydrochloride"),
                    List.of());
            default ->
                new Entity(
                    Curie.parse("MESH:D9" + String.format("%05d", i)),
                    EntityCategory.DISEASE,
                    capitalise(word) + (i % 2 == 0 ? " syndrome" : "itis"),
                    List.of(),
                    List.of());
          });
    }
  }

  /** The real concepts, which the corpus names most often. */
  public List<Entity> real() {
    return List.copyOf(real);
  }

  /** The made-up concepts. */
  public List<Entity> generated() {
    return List.copyOf(generated);
  }

  /**
   * A random entity: a real one a quarter of the time, else a generated one, skewed so some are
   * common and most are rare as in real text.
   */
  Entity pick(Random random) {
    if (random.nextInt(4) == 0) {
      return real.get(random.nextInt(real.size()));
    }
    double u = random.nextDouble();
    return generated.get((int) (generated.size() * u * u));
  }

  private static String word(Random random, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

package org.litgraph.ingest.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litgraph.graph.model.EntityCategory;

/**
 * How corpus types and LitGraph's Biolink categories meet in an evaluation.
 *
 * <p>Gold types: NCBI-disease's SpecificDisease, DiseaseClass, Modifier and CompositeMention all
 * count as {@code Disease}; every other corpus type is kept as written. Predicted categories map to
 * the first of these names that the corpus has:
 *
 * <ul>
 *   <li>Disease → Disease (NCBI-disease, BC5CDR), DiseaseOrPhenotypicFeature (BioRED)
 *   <li>ChemicalEntity → Chemical (BC5CDR), ChemicalEntity (BioRED)
 *   <li>GeneOrGeneProduct → GeneOrGeneProduct (BioRED), Gene
 *   <li>OrganismTaxon → OrganismTaxon (BioRED), Species
 * </ul>
 *
 * Every other category (Cell, AnatomicalEntity, BiologicalProcess, Organization, ...) has no
 * counterpart and its predictions are not counted. In particular Cell is not CellLine: our Cell
 * Ontology cell types ("neutrophils") are not BioRED's cell lines ("HeLa"), so BioRED's CellLine
 * and SequenceVariant rows show recall 0 until a recogniser produces them.
 */
public final class TypeMapping {
  private static final Set<String> NCBI_DISEASE_TYPES =
      Set.of("SpecificDisease", "DiseaseClass", "Modifier", "CompositeMention");
  private static final Map<EntityCategory, List<String>> CANDIDATES = candidates();

  private final Set<String> corpusTypes;

  /** A mapping onto these evaluation types (gold types after {@link #goldType}). */
  public TypeMapping(Set<String> corpusTypes) {
    this.corpusTypes = Set.copyOf(corpusTypes);
  }

  private static Map<EntityCategory, List<String>> candidates() {
    Map<EntityCategory, List<String>> m = new LinkedHashMap<>();
    m.put(EntityCategory.DISEASE, List.of("Disease", "DiseaseOrPhenotypicFeature"));
    m.put(EntityCategory.CHEMICAL_ENTITY, List.of("Chemical", "ChemicalEntity"));
    m.put(EntityCategory.GENE_OR_GENE_PRODUCT, List.of("GeneOrGeneProduct", "Gene"));
    m.put(EntityCategory.ORGANISM_TAXON, List.of("OrganismTaxon", "Species"));
    return Map.copyOf(m);
  }

  /**
   * Whether the corpus annotates with NCBI-disease's scheme (its four disease types), whose
   * conventions differ from BC5CDR's: a recogniser trained on it fits it best.
   */
  public static boolean isNcbiDiseaseScheme(Set<String> rawCorpusTypes) {
    return rawCorpusTypes.stream().anyMatch(NCBI_DISEASE_TYPES::contains);
  }

  /** The evaluation type of a corpus annotation type. */
  public static String goldType(String corpusType) {
    return NCBI_DISEASE_TYPES.contains(corpusType) ? "Disease" : corpusType;
  }

  /** The evaluation type our category counts as, if the corpus has one for it. */
  public Optional<String> predictedType(EntityCategory category) {
    return CANDIDATES.getOrDefault(category, List.of()).stream()
        .filter(corpusTypes::contains)
        .findFirst();
  }

  /** "Disease→Disease, ChemicalEntity→Chemical": the pairs in force, for the report. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (EntityCategory c : EntityCategory.values()) {
      predictedType(c)
          .ifPresent(
              t ->
                  sb.append(sb.isEmpty() ? "" : ", ")
                      .append(c.biolinkName())
                      .append("→")
                      .append(t));
    }
    return sb.isEmpty() ? "(none)" : sb.toString();
  }
}

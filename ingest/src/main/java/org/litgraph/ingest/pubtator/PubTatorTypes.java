package org.litgraph.ingest.pubtator;

import java.util.Map;
import java.util.Optional;
import org.litgraph.graph.model.EntityCategory;

/**
 * Maps the type names of the PubTator corpora LitGraph learns from to entity categories:
 * NCBI-disease's four disease types, BC5CDR's Chemical and Disease, BioRED's
 * DiseaseOrPhenotypicFeature and ChemicalEntity. Other types (genes, species, variants) map to
 * nothing.
 */
public final class PubTatorTypes {
  private static final Map<String, EntityCategory> CATEGORIES =
      Map.of(
          "Disease", EntityCategory.DISEASE,
          "SpecificDisease", EntityCategory.DISEASE,
          "DiseaseClass", EntityCategory.DISEASE,
          "Modifier", EntityCategory.DISEASE,
          "CompositeMention", EntityCategory.DISEASE,
          "DiseaseOrPhenotypicFeature", EntityCategory.DISEASE,
          "Chemical", EntityCategory.CHEMICAL_ENTITY,
          "ChemicalEntity", EntityCategory.CHEMICAL_ENTITY);

  private PubTatorTypes() {}

  /** The category of a corpus type name, if LitGraph learns it. */
  public static Optional<EntityCategory> category(String type) {
    return Optional.ofNullable(CATEGORIES.get(type));
  }
}

package org.litgraph.graph.model;

import java.util.Arrays;

/**
 * Entity categories, named after the Biolink model classes so that exports map one to one ({@code
 * biolink:Disease}, {@code biolink:Cell}, ...). {@link #OTHER} is for recognised mentions whose
 * vocabulary gives no usable category.
 */
public enum EntityCategory {
  DISEASE("Disease"),
  CHEMICAL_ENTITY("ChemicalEntity"),
  GENE_OR_GENE_PRODUCT("GeneOrGeneProduct"),
  CELL("Cell"),
  ORGANISM_TAXON("OrganismTaxon"),
  ANATOMICAL_ENTITY("AnatomicalEntity"),
  BIOLOGICAL_PROCESS("BiologicalProcess"),
  CLINICAL_TRIAL("ClinicalTrial"),
  ORGANIZATION("Organization"),
  PLACE("Place"),
  OTHER("Other");

  private final String biolinkName;

  EntityCategory(String biolinkName) {
    this.biolinkName = biolinkName;
  }

  /** The Biolink class name without prefix, e.g. {@code Disease}. */
  public String biolinkName() {
    return biolinkName;
  }

  /**
   * Parses a Biolink class name ({@code Disease}) or an enum constant name ({@code DISEASE}),
   * ignoring case.
   */
  public static EntityCategory parse(String name) {
    String wanted = name.strip();
    for (EntityCategory c : values()) {
      if (c.biolinkName.equalsIgnoreCase(wanted) || c.name().equalsIgnoreCase(wanted)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown entity category '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(EntityCategory::biolinkName).toList());
  }
}

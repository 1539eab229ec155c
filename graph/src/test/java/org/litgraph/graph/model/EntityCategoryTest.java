package org.litgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EntityCategoryTest {

  @ParameterizedTest
  @CsvSource({
    "Disease, DISEASE",
    "disease, DISEASE",
    "DISEASE, DISEASE",
    "'  Cell  ', CELL",
    "ChemicalEntity, CHEMICAL_ENTITY",
    "chemical_entity, CHEMICAL_ENTITY",
    "GeneOrGeneProduct, GENE_OR_GENE_PRODUCT",
    "organismtaxon, ORGANISM_TAXON"
  })
  void parseAcceptsBiolinkNamesAndConstantNamesInAnyCase(String text, EntityCategory expected) {
    assertEquals(expected, EntityCategory.parse(text));
  }

  @ParameterizedTest
  @EnumSource(EntityCategory.class)
  void everyCategoryParsesBackFromItsBiolinkNameAndItsConstantName(EntityCategory category) {
    assertEquals(category, EntityCategory.parse(category.biolinkName()));
    assertEquals(category, EntityCategory.parse(category.name().toLowerCase(Locale.ROOT)));
  }

  @Test
  void anUnknownCategoryIsRefusedWithTheNameAndTheChoices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EntityCategory.parse("Virus"));

    assertTrue(
        e.getMessage().startsWith("unknown entity category 'Virus'; expected one of ["),
        e.getMessage());
    assertTrue(e.getMessage().contains("Disease, ChemicalEntity"), e.getMessage());
  }

  @Test
  void theBiolinkNameHasNoPrefix() {
    assertEquals("GeneOrGeneProduct", EntityCategory.GENE_OR_GENE_PRODUCT.biolinkName());
  }
}

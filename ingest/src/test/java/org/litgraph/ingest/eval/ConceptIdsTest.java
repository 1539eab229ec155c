package org.litgraph.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;

class ConceptIdsTest {
  @Test
  void corpusIdsBecomeCuriesByShapeAndType() {
    assertEquals(
        Set.of("MESH:D018805", "MESH:C564766", "OMIM:607154"),
        ConceptIds.gold(List.of("D018805", "C564766", "OMIM:607154"), "Disease"));
    assertEquals(Set.of("NCBIGENE:3569"), ConceptIds.gold(List.of("3569"), "GeneOrGeneProduct"));
    assertEquals(Set.of("NCBITAXON:9606"), ConceptIds.gold(List.of("9606"), "OrganismTaxon"));
    assertEquals(
        Set.of("CELLOSAURUS:CVCL_0030"), ConceptIds.gold(List.of("CVCL_0030"), "CellLine"));
  }

  @Test
  void ourIdAndXrefsMeetTheCorpusForm() {
    Entity il6 =
        new Entity(
            Curie.parse("NCBIGene:3569"),
            EntityCategory.GENE_OR_GENE_PRODUCT,
            "IL6",
            List.of(),
            List.of(Curie.parse("MESH:D015850")));
    assertEquals(Set.of("NCBIGENE:3569", "MESH:D015850"), ConceptIds.predicted(il6));
  }

  @Test
  void categoriesMapOnlyToTypesTheCorpusHas() {
    TypeMapping biored =
        new TypeMapping(Set.of("DiseaseOrPhenotypicFeature", "ChemicalEntity", "CellLine"));
    assertEquals(
        Optional.of("DiseaseOrPhenotypicFeature"), biored.predictedType(EntityCategory.DISEASE));
    assertEquals(Optional.empty(), biored.predictedType(EntityCategory.CELL));
    TypeMapping bc5cdr = new TypeMapping(Set.of("Chemical", "Disease"));
    assertEquals(Optional.of("Chemical"), bc5cdr.predictedType(EntityCategory.CHEMICAL_ENTITY));
    assertEquals(Optional.empty(), bc5cdr.predictedType(EntityCategory.GENE_OR_GENE_PRODUCT));
    assertEquals("Disease", TypeMapping.goldType("Modifier"));
    assertEquals("Chemical", TypeMapping.goldType("Chemical"));
  }
}

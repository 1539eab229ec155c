package org.litgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.model.EntityCategory;

class MeshReaderTest {
  @TempDir static Path dir;
  private static Map<String, Concept> byId;

  @BeforeAll
  static void readSample() throws IOException {
    String h = "DescriptorUI\tDescriptorName\tConceptUI\tTermUI\tTermName\tCPT\tIsPermutedTermYN";
    Path thesaurus =
        write(
            "thesaurus.tsv",
            h + "\tLexicalTag\tRecordPreferredTermYN",
            "D018805\tSepsis\tM1\tT1\tSepsis\tY\tN\tNON\tY",
            "D018805\tSepsis\tM1\tT2\tPyemia\tN\tN\tNON\tN",
            "D012772\tShock, Septic\tM2\tT3\tShock, Septic\tY\tN\tNON\tY",
            "D012772\tShock, Septic\tM2\tT4\tSeptic Shock Syndrome\tN\tY\tNON\tN",
            "D015850\tInterleukin-6\tM3\tT5\tInterleukin-6\tY\tN\tNON\tY",
            "D015850\tInterleukin-6\tM3\tT6\tIL-6\tN\tN\tABB\tN",
            "D051381\tRats\tM4\tT7\tRats\tY\tN\tNON\tY",
            "D014945\tWound Healing\tM5\tT8\tWound Healing\tY\tN\tNON\tY",
            "D059630\tMesenchymal Stem Cells\tM6\tT9\tMesenchymal Stem Cells\tY\tN\tNON\tY",
            "D010975\tPlasma\tM7\tT10\tPlasma\tY\tN\tNON\tY",
            "D002244\tCarbon\tM8\tT11\tCarbon\tY\tN\tNON\tY",
            "D011210\tPower, Psychological\tM9\tT12\tPower\tY\tN\tNON\tY",
            "D012345\tSome Food\tM10\tT13\tBeer\tY\tN\tNON\tY",
            "D000001\tNegroes\tM11\tT14\tNegroes\tN\tN\tHIST\tN");
    Path trees =
        write(
            "trees.tsv",
            "DescriptorUI\tDescriptorName\ttree_location",
            "D018805\tSepsis\tC01.757",
            "D018805\tSepsis\tC23.550.470.790.500",
            "D012772\tShock, Septic\tC23.550.835.900",
            "D015850\tInterleukin-6\tD12.644.276.374.465.224",
            "D015850\tInterleukin-6\tD23.529.374.465.224",
            "D051381\tRats\tB01.050.150.900.649.313.992.635.505.700",
            "D014945\tWound Healing\tG16.762.891",
            "D059630\tMesenchymal Stem Cells\tA11.872.590.500",
            "D010975\tPlasma\tA12.207.152.693",
            "D002244\tCarbon\tD01.268.150",
            "D011210\tPower, Psychological\tF01.752.747.650",
            "D012345\tSome Food\tG07.203.300",
            "D000001\tNegroes\tD01.1");
    Path cytokines =
        write(
            "cyto.tsv",
            "DescriptorUI\tDescriptorName\ttree_location",
            "D015850\tInterleukin-6\tD12.644.276.374.465.224");
    byId =
        MeshReader.read(thesaurus, trees, cytokines).stream()
            .collect(Collectors.toMap(Concept::id, Function.identity()));
  }

  static Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  void treesDecideTheCategory() {
    assertEquals(EntityCategory.DISEASE, byId.get("MESH:D018805").category());
    assertEquals(EntityCategory.GENE_OR_GENE_PRODUCT, byId.get("MESH:D015850").category());
    assertEquals(EntityCategory.ORGANISM_TAXON, byId.get("MESH:D051381").category());
    assertEquals(EntityCategory.BIOLOGICAL_PROCESS, byId.get("MESH:D014945").category());
    assertEquals(EntityCategory.CELL, byId.get("MESH:D059630").category());
    assertEquals(EntityCategory.ANATOMICAL_ENTITY, byId.get("MESH:D010975").category());
    assertEquals(EntityCategory.CHEMICAL_ENTITY, byId.get("MESH:D002244").category());
  }

  @Test
  void descriptorsOutsideTheChosenTreesAreSkipped() {
    assertFalse(byId.containsKey("MESH:D011210"), "F tree (psychology)");
    assertFalse(byId.containsKey("MESH:D012345"), "G07.203 diet and food");
  }

  @Test
  void cytokineSubtreeIsFlagged() {
    assertEquals(List.of("cytokine"), List.copyOf(byId.get("MESH:D015850").flags()));
    assertTrue(byId.get("MESH:D018805").flags().isEmpty());
  }

  @Test
  void permutedAndHistoricalTermsAreDroppedAndInvertedOnesTurned() {
    List<String> shock = byId.get("MESH:D012772").terms().stream().map(Term::text).toList();
    assertEquals(List.of("Septic Shock"), shock);
    assertEquals("Shock, Septic", byId.get("MESH:D012772").name());
    assertFalse(byId.containsKey("MESH:D000001"));
  }

  @Test
  void abbreviationsAreMarkedAsSuch() {
    Concept il6 = byId.get("MESH:D015850");
    assertEquals(new Term("Interleukin-6", TermKind.PREFERRED), il6.terms().get(0));
    assertEquals(new Term("IL-6", TermKind.ABBREVIATION), il6.terms().get(1));
  }

  @Test
  void naturalOrderReversesTwoOrThreeParts() {
    assertEquals("Acute Myeloid Leukemia", MeshReader.naturalOrder("Leukemia, Myeloid, Acute"));
    assertEquals("Sepsis", MeshReader.naturalOrder("Sepsis"));
  }
}

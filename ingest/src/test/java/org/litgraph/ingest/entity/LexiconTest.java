package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;

class LexiconTest {
  /** The vocabularies SEED-GAZETTEER.md allows, each with the shape of its local ids. */
  private static final Pattern KNOWN_ID =
      Pattern.compile(
          "MESH:[CD]\\d{6,9}|NCBIGene:\\d+|GO:\\d{7}|CL:\\d{7}|MONDO:\\d{7}|NCBITaxon:\\d+"
              + "|UBERON:\\d{7}");

  private static Lexicon seed;
  private static List<String[]> seedRows;

  @BeforeAll
  static void loadSeed() throws IOException {
    seed = Lexicon.seed();
    seedRows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.SEED_RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          seedRows.add(line.split("\t", -1));
        }
      }
    }
  }

  private static Lexicon lexicon(String tsv) throws IOException {
    return Lexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  private static Entity only(Lexicon lexicon, String surface) {
    List<LexiconEntry> entries = lexicon.lookup(SurfaceKeys.folded(surface));
    assertEquals(1, entries.size(), "entries for '" + surface + "': " + entries);
    return entries.getFirst().entity();
  }

  @Test
  void seedGazetteerLoadsMoreThanTwoHundredEntities() {
    assertTrue(seed.entityCount() > 200, "entities: " + seed.entityCount());
    assertTrue(seed.surfaceCount() > seed.entityCount(), "surfaces: " + seed.surfaceCount());
    Set<String> ids = new LinkedHashSet<>();
    seedRows.forEach(r -> ids.add(r[1]));
    assertEquals(ids.size(), seed.entityCount());
  }

  @Test
  void everySeedIdAndXrefIsACurieOfAKnownVocabulary() {
    for (String[] row : seedRows) {
      assertTrue(KNOWN_ID.matcher(row[1]).matches(), "id of '" + row[0] + "': " + row[1]);
      Entity entity = findEntity(row[0], row[1]);
      assertEquals(Curie.parse(row[1]), entity.id());
      for (Curie xref : entity.xrefs()) {
        assertTrue(KNOWN_ID.matcher(xref.toString()).matches(), "xref of " + row[1] + ": " + xref);
      }
    }
  }

  private static Entity findEntity(String surface, String id) {
    return seed.lookup(SurfaceKeys.folded(surface)).stream()
        .map(LexiconEntry::entity)
        .filter(e -> e.id().toString().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("'" + surface + "' does not lead to " + id));
  }

  @Test
  void abbreviationAndFullNameOfMesenchymalStemCellsNameTheSameEntity() {
    Entity abbreviation = only(seed, "MSCs");
    Entity fullName = only(seed, "mesenchymal stem cells");
    assertEquals(Curie.parse("MESH:D059630"), abbreviation.id());
    assertEquals(abbreviation, fullName);
    assertEquals(EntityCategory.CELL, fullName.category());
    assertEquals("Mesenchymal Stem Cells", fullName.name());
    assertTrue(fullName.synonyms().contains("MSCs"), "synonyms: " + fullName.synonyms());
    assertFalse(fullName.synonyms().contains("Mesenchymal Stem Cells"));
  }

  @Test
  void noSeedSurfaceNamesTwoConceptsUnderTheCaseRule() {
    Map<String, List<String[]>> byKey = new HashMap<>();
    for (String[] row : seedRows) {
      byKey.computeIfAbsent(SurfaceKeys.folded(row[0]), k -> new ArrayList<>()).add(row);
    }
    for (List<String[]> rows : byKey.values()) {
      for (String[] a : rows) {
        for (String[] b : rows) {
          boolean bothCaseSensitive =
              a[0].length() < Lexicon.CASE_SENSITIVE_BELOW
                  && b[0].length() < Lexicon.CASE_SENSITIVE_BELOW;
          boolean collide =
              !bothCaseSensitive || SurfaceKeys.exact(a[0]).equals(SurfaceKeys.exact(b[0]));
          assertFalse(
              collide && !a[1].equals(b[1]),
              "'" + a[0] + "' (" + a[1] + ") and '" + b[0] + "' (" + b[1] + ") collide");
        }
      }
    }
  }

  @Test
  void shortSurfacesAreCaseSensitiveAndLongerOnesAreNot() {
    LexiconEntry msc = seed.lookup("msc").getFirst();
    assertTrue(msc.caseSensitive());
    LexiconEntry sepsis = seed.lookup("sepsis").getFirst();
    assertFalse(sepsis.caseSensitive());
  }

  @Test
  void synonymsCollectEverySurfaceOfAnEntityButItsPreferredName() throws IOException {
    Lexicon lexicon =
        lexicon(
            "#surface\tid\tcategory\tname\txrefs\n"
                + "sepsis\tMESH:D018805\tDisease\tSepsis\t\n"
                + "septicemia\tMESH:D018805\tDisease\tSepsis\t\n"
                + "blood poisoning\tMESH:D018805\tDisease\tSepsis\t\n");
    Entity sepsis = only(lexicon, "blood poisoning");
    assertEquals(List.of("septicemia", "blood poisoning"), sepsis.synonyms());
    assertEquals(1, lexicon.entityCount());
    assertEquals(3, lexicon.surfaceCount());
  }

  @Test
  void xrefsAreParsedFromThePipeSeparatedColumn() throws IOException {
    Lexicon lexicon =
        lexicon("mesenchymal stem cells\tMESH:D059630\tCell\tMesenchymal Stem Cells\tCL:0000134\n");
    assertEquals(
        List.of(Curie.parse("CL:0000134")), only(lexicon, "mesenchymal stem cells").xrefs());
  }

  @Test
  void rowWithTooFewColumnsIsRejectedNamingItsLine() {
    String tsv = "# header\nsepsis\tMESH:D018805\tDisease\tSepsis\t\nshock\tMESH:D012769\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lexicon(tsv));
    assertTrue(e.getMessage().startsWith("test.tsv:3: "), e.getMessage());
  }

  @Test
  void rowWithAnInvalidIdIsRejectedNamingItsLineAndTheId() {
    String tsv = "sepsis\tMESH:D018805\tDisease\tSepsis\t\n\nshock\tD012769\tDisease\tShock\t\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lexicon(tsv));
    assertTrue(e.getMessage().startsWith("test.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("D012769"), e.getMessage());
  }

  @Test
  void rowWithAnUnknownCategoryIsRejectedNamingItsLineAndTheCategory() {
    String tsv = "sepsis\tMESH:D018805\tIllness\tSepsis\t\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lexicon(tsv));
    assertTrue(e.getMessage().startsWith("test.tsv:1: "), e.getMessage());
    assertTrue(e.getMessage().contains("Illness"), e.getMessage());
  }

  @Test
  void rowWithABadXrefIsRejectedNamingItsLine() {
    String tsv = "sepsis\tMESH:D018805\tDisease\tSepsis\tMONDO:0005456|nonsense\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lexicon(tsv));
    assertTrue(e.getMessage().startsWith("test.tsv:1: "), e.getMessage());
    assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
  }

  @Test
  void unknownKeyLooksUpToNothing() {
    assertTrue(seed.lookup("nosuchconceptanywhere").isEmpty());
  }
}

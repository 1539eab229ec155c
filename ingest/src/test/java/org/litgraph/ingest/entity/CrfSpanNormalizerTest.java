package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.NlpSentence;

class CrfSpanNormalizerTest {
  private static CrfSpanNormalizer normalizer;

  @BeforeAll
  static void load() throws IOException {
    String tsv =
        """
        septic shock\tMESH:D012772\tDisease\tShock, Septic
        seizure\tMESH:D012640\tDisease\tSeizures
        TNF\tNCBIGene:7124\tGeneOrGeneProduct\tTNF
        cocaine\tMESH:D003042\tChemicalEntity\tCocaine
        enalapril\tMESH:D004656\tGeneOrGeneProduct\tEnalapril
        toxicity\tMESH:D064420\tDisease\tDrug-Related Side Effects and Adverse Reactions
        """;
    Lexicon lexicon =
        Lexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t");
    normalizer =
        new CrfSpanNormalizer(
            lexicon,
            (name, category) ->
                name.equals("nephrotoxicity") && category == EntityCategory.DISEASE
                    ? Optional.of("MESH:D007674")
                    : name.equals("toxicity") ? Optional.of("MESH:D064420") : Optional.empty());
  }

  private static Entity normalize(
      String text, String name, EntityCategory category, Map<String, String> lemmas) {
    NlpSentence sentence = HandTokens.sentence(text, lemmas);
    int start = text.indexOf(name);
    return normalizer
        .normalize(new CrfSpan(0, start, start + name.length(), name, category), sentence)
        .entity();
  }

  @Test
  void theSpanItselfIsLookedUpFoldingCaseAndHyphens() {
    assertEquals(
        "MESH:D012772",
        normalize("In Septic-Shock.", "Septic-Shock", EntityCategory.DISEASE, Map.of())
            .id()
            .toString());
  }

  @Test
  void thenItsLastTokenByLemma() {
    assertEquals(
        "MESH:D012640",
        normalize(
                "Seizures occurred.",
                "Seizures",
                EntityCategory.DISEASE,
                Map.of("Seizures", "seizure"))
            .id()
            .toString());
  }

  @Test
  void thenShorterTailsTowardsTheHead() {
    assertEquals(
        "MESH:D012640",
        normalize(
                "Recurrent febrile seizures.",
                "Recurrent febrile seizures",
                EntityCategory.DISEASE,
                Map.of("seizures", "seizure"))
            .id()
            .toString());
  }

  @Test
  void anEntryOfAnotherCategoryIsNotUsed() {
    Entity e = normalize("TNF was given.", "TNF", EntityCategory.CHEMICAL_ENTITY, Map.of());
    assertEquals("LITGRAPH:chemical/tnf", e.id().toString());
    assertEquals("TNF", e.name());
    assertEquals(EntityCategory.CHEMICAL_ENTITY, e.category());
  }

  @Test
  void theIdTheTrainingCorporaGaveTheNameComesFirstWithTheLexiconsNameWhenItHasTheId() {
    Entity known = normalize("Drug toxicity.", "toxicity", EntityCategory.DISEASE, Map.of());
    assertEquals("MESH:D064420", known.id().toString());
    assertEquals("Drug-Related Side Effects and Adverse Reactions", known.name());

    Entity unknown =
        normalize("Renal nephrotoxicity.", "nephrotoxicity", EntityCategory.DISEASE, Map.of());
    assertEquals("MESH:D007674", unknown.id().toString());
    assertEquals(
        "MESH:D064420",
        normalize(
                "Drug toxicities.",
                "toxicities",
                EntityCategory.DISEASE,
                Map.of("toxicities", "toxicity"))
            .id()
            .toString());
    assertEquals("nephrotoxicity", unknown.name());
    assertEquals(EntityCategory.DISEASE, unknown.category());
  }

  @Test
  void aChemicalTakesTheIdOfAMeshPeptideTheLexiconFilesAsAGeneProduct() {
    Entity e = normalize("Given enalapril.", "enalapril", EntityCategory.CHEMICAL_ENTITY, Map.of());
    assertEquals("MESH:D004656", e.id().toString());
    assertEquals(EntityCategory.CHEMICAL_ENTITY, e.category());
  }

  @Test
  void anUnknownNameGetsALocalIdNamedByItsText() {
    Entity e =
        normalize("Crack-cocaine users.", "Crack-cocaine users", EntityCategory.DISEASE, Map.of());
    assertEquals("LITGRAPH:disease/crack-cocaine-users", e.id().toString());
  }
}

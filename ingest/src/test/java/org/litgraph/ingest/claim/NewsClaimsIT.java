package org.litgraph.ingest.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.SharedFixtures;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.NlpConfig;

/** Claims from the real news fixture, with CoreNLP's parser and the standard lexicon. */
class NewsClaimsIT {
  private static final String MSC = "MESH:D059630";
  private static final String SEPSIS = "MESH:D018805";
  private static List<ExtractedClaim> claims;

  @BeforeAll
  static void extract() throws Exception {
    String text = Files.readString(SharedFixtures.file("fixtures/news/000_4e386e49d09706d8.txt"));
    AnnotatedText annotated = new CoreNlpStage(NlpConfig.defaults()).annotate(text);
    List<RecognizedMention> mentions =
        new EntityRecognitionStage(Lexicon.standard()).recognize(annotated);
    claims = new ClaimExtractor().extract(annotated, mentions, DocumentKind.NEWS).claims();
    for (ExtractedClaim c : claims) {
      System.out.println(
          c.sentenceIndex()
              + " "
              + c.subject().entity().name()
              + " --"
              + c.predicate().label()
              + "["
              + c.trigger()
              + "]--> "
              + c.object().entity().name()
              + " "
              + c.context());
    }
  }

  private static Optional<ExtractedClaim> find(String subject, String predicate, String object) {
    return claims.stream()
        .filter(c -> c.subject().entity().id().toString().equals(subject))
        .filter(c -> c.predicate().label().equals(predicate))
        .filter(c -> c.object().entity().id().toString().equals(object))
        .findFirst();
  }

  private static ExtractedClaim expect(String subject, String predicate, String object) {
    Optional<ExtractedClaim> c = find(subject, predicate, object);
    assertTrue(c.isPresent(), "missing claim " + subject + " " + predicate + " " + object);
    return c.get();
  }

  private static ExtractedClaim expectWhere(
      String subject, String predicate, String object, Predicate<ExtractedClaim> where) {
    Optional<ExtractedClaim> c =
        claims.stream()
            .filter(x -> x.subject().entity().id().toString().equals(subject))
            .filter(x -> x.predicate().label().equals(predicate))
            .filter(x -> x.object().entity().id().toString().equals(object))
            .filter(where)
            .findFirst();
    assertTrue(c.isPresent(), "missing claim " + subject + " " + predicate + " " + object);
    return c.get();
  }

  @Test
  void mscsTreatSepsisHedgedInTheHumanTrial() {
    ExtractedClaim c =
        expectWhere(MSC, "treats", SEPSIS, x -> x.context().species().contains("humans"));
    assertTrue(c.context().hedged(), c.context().toString());
    assertTrue(c.context().studyType().startsWith("clinical trial"), c.context().studyType());
  }

  @Test
  void mscsDecreaseCytokinesInRats() {
    ExtractedClaim c = expect(MSC, "decreases", "MESH:D016207");
    assertEquals(List.of("rats"), c.context().species());
    assertEquals("animal study", c.context().studyType());
    assertFalse(c.context().negated());
  }

  @Test
  void mscsIncreaseSurvivalOfSepticRats() {
    ExtractedClaim c = expect(MSC, "increases", "MESH:D015996");
    assertTrue(c.context().species().contains("rats"));
  }

  @Test
  void mscsProduceAntibacterialMoleculesHedged() {
    assertTrue(expect(MSC, "produces", "MESH:D000089882").context().hedged());
  }

  @Test
  void mscsActOnClearanceNeutrophilsAndRegulatoryLymphocytes() {
    expect(MSC, "increases", "GO:0042742");
    expect(MSC, "decreases", "MESH:D009504");
    expect(MSC, "increases", "MESH:D050378");
  }

  @Test
  void placentalMscsIncreaseWoundHealingInAnimalModels() {
    ExtractedClaim c = expect(MSC, "increases", "GO:0042060");
    assertEquals("animal study", c.context().studyType());
  }

  @Test
  void sepsisCausesShockAndOrganDysfunction() {
    expect(SEPSIS, "causes", "MESH:D012772");
    expect(SEPSIS, "causes", "MESH:D009102");
  }

  @Test
  void mscsComeFromTissues() {
    for (String tissue : List.of("MESH:D001853", "MESH:D000273", "MESH:D014470", "MESH:D010920")) {
      expect(MSC, "derived_from", tissue);
    }
  }

  @Test
  void sepcellStudiesSepsisAndIsSponsoredByTigenix() {
    String sepcell =
        claims.stream()
            .map(c -> c.subject().entity().id().toString())
            .filter(id -> id.contains("sepcell"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no claim about SEPCELL"));
    expect(sepcell, "studies", SEPSIS);
    expect(sepcell, "sponsored_by", "LITGRAPH:org-tigenix");
    expect("LITGRAPH:org-tigenix", "located_in", "LITGRAPH:place-belgium");
  }

  @Test
  void pneumoniaCausesSepsis() {
    expect("MESH:D011014", "causes", SEPSIS);
  }
}

package org.litgraph.ingest.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.NlpConfig;

/** Negation, hedging, voice, species and quantities on sentences written for the test. */
class ClaimContextIT {
  private static CoreNlpStage nlp;
  private static EntityRecognitionStage recognition;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpConfig.defaults());
    recognition = new EntityRecognitionStage(Lexicon.standard());
  }

  private static List<ExtractedClaim> claims(String text, DocumentKind kind) {
    AnnotatedText a = nlp.annotate(text);
    return new ClaimExtractor().extract(a, recognition.recognize(a), kind).claims();
  }

  private static ExtractedClaim only(String text, String predicate) {
    List<ExtractedClaim> found =
        claims(text, DocumentKind.ABSTRACT).stream()
            .filter(c -> c.predicate().label().equals(predicate))
            .toList();
    assertEquals(1, found.size(), () -> text + " -> " + describe(text));
    return found.getFirst();
  }

  private static String describe(String text) {
    AnnotatedText a = nlp.annotate(text);
    StringBuilder b = new StringBuilder();
    recognition.recognize(a).forEach(m -> b.append(" [").append(m.entity().name()).append(']'));
    a.sentences().forEach(s -> s.dependencies().forEach(d -> b.append(' ').append(d)));
    return b.append(' ').append(claims(text, DocumentKind.ABSTRACT)).toString();
  }

  @Test
  void aNegatedClaimIsMarkedNegatedWithItsCue() {
    ExtractedClaim c =
        only("Dexamethasone did not reduce interleukin-6 levels in mice.", "decreases");
    assertTrue(c.context().negated());
    assertEquals(List.of("not"), c.context().negationCues());
    assertEquals(List.of("mice"), c.context().species());
    assertEquals("animal study", c.context().studyType());
  }

  @Test
  void anAffirmedClaimIsNeitherNegatedNorHedged() {
    ExtractedClaim c =
        only("Dexamethasone reduced interleukin-6 levels in septic patients.", "decreases");
    assertFalse(c.context().negated());
    assertFalse(c.context().hedged());
    assertEquals(List.of("humans"), c.context().species());
  }

  @Test
  void mayHedgesAClaim() {
    ExtractedClaim c = only("Aspirin may prevent stroke in older adults.", "prevents");
    assertTrue(c.context().hedged());
    assertTrue(c.context().hedgeCues().contains("may"));
    assertEquals("Aspirin", c.subject().entity().name());
  }

  @Test
  void thePassiveVoiceKeepsTheAgentAsSubject() {
    ExtractedClaim c =
        only("Interleukin-6 release was suppressed by dexamethasone in vitro.", "decreases");
    assertEquals("Dexamethasone", c.subject().entity().name());
    assertEquals("in vitro", c.context().studyType());
  }

  @Test
  void derivedFromKeepsThePatientAsSubject() {
    ExtractedClaim c =
        only("Mesenchymal stem cells were isolated from umbilical cord.", "derived_from");
    assertEquals("Mesenchymal Stem Cells", c.subject().entity().name());
    assertEquals("Umbilical Cord", c.object().entity().name());
  }

  @Test
  void quantitiesAreKeptWithWhatTheyCount() {
    ExtractedClaim c =
        only(
            "In a randomised trial of 240 patients, vitamin C reduced mortality from sepsis by"
                + " 12 percent.",
            "treats");
    assertTrue(
        c.context().quantities().contains("240 patients"), c.context().quantities().toString());
    assertTrue(c.context().quantities().contains("12%"), c.context().quantities().toString());
    assertTrue(c.context().studyType().startsWith("clinical trial"));
  }

  @Test
  void aHyphenatedInducedStatesCausation() {
    ExtractedClaim c = only("Haloperidol-induced catalepsy was reversed within hours.", "causes");
    assertEquals("Haloperidol", c.subject().entity().name());
    assertEquals("Catalepsy", c.object().entity().name());
  }

  @Test
  void protectingSepticMiceIsAClaimAboutSepsis() {
    ExtractedClaim c =
        only("Placenta-derived mesenchymal stromal cells may protect septic mice.", "treats");
    assertEquals("Mesenchymal Stem Cells", c.subject().entity().name());
    assertEquals("Sepsis", c.object().entity().name());
    assertEquals(List.of("mice"), c.context().species());
    assertTrue(c.context().hedged());
  }

  @Test
  void noLongerNegates() {
    ExtractedClaim c =
        only(
            "After Treg depletion, mesenchymal stem cells no longer reduced lung injury.",
            "treats");
    assertTrue(c.context().negated(), c.context().toString());
  }

  @Test
  void organsAreNotObjectsOfIncreaseOrDecrease() {
    assertTrue(
        claims(
                "Mesenchymal stem cells may protect the kidney in septic rats.",
                DocumentKind.ABSTRACT)
            .stream()
            .noneMatch(c -> c.object().entity().name().equals("Kidney")));
  }

  @Test
  void coMentionAloneMakesNoClaim() {
    assertTrue(claims("Sepsis and pneumonia were both listed.", DocumentKind.ABSTRACT).isEmpty());
  }
}

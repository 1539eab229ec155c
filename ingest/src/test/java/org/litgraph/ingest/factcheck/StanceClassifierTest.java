package org.litgraph.ingest.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StanceClassifierTest {
  private final StanceClassifier classifier = new StanceClassifier();

  @Test
  void supportsWhenTheEvidenceRestatesTheClaim() {
    var j =
        classifier.judge(
            "Mesenchymal stem cells reduced inflammatory cytokines in septic rats.",
            "Mesenchymal stem cells reduce inflammatory cytokines in septic rats.");
    assertEquals(Stance.SUPPORTS, j.stance(), j.reason());
  }

  @Test
  void refutesWhenOnlyTheEvidenceIsNegated() {
    var j =
        classifier.judge(
            "Mesenchymal stem cells did not reduce inflammatory cytokines in septic rats.",
            "Mesenchymal stem cells reduce inflammatory cytokines in septic rats.");
    assertEquals(Stance.REFUTES, j.stance(), j.reason());
    assertTrue(j.reason().contains("negated"), j.reason());
  }

  @Test
  void refutesWhenDirectionsAreOpposite() {
    var j =
        classifier.judge(
            "Vitamin D supplementation reduces COVID-19 mortality in hospital patients.",
            "Vitamin D supplementation increases COVID-19 mortality.");
    assertEquals(Stance.REFUTES, j.stance(), j.reason());
  }

  @Test
  void refutesWhenTheNumbersDifferOnTheSameTopic() {
    var j =
        classifier.judge(
            "There are an estimated 49 million cases of sepsis every year worldwide.",
            "There are an estimated 30 million cases of sepsis every year worldwide.");
    assertEquals(Stance.REFUTES, j.stance(), j.reason());
  }

  @Test
  void neutralWhenTheEvidenceIsAboutSomethingElse() {
    var j =
        classifier.judge(
            "Hydrocortisone is used to support blood pressure in septic shock.",
            "Mesenchymal stem cells secrete antibacterial peptides.");
    assertEquals(Stance.NEUTRAL, j.stance(), j.reason());
  }

  @Test
  void judgesAPassageByItsBestSentence() {
    var j =
        classifier.judge(
            "Sepsis is common. Blood cultures were taken. Stem cells improved survival in septic"
                + " mice.",
            "Stem cells improve survival in septic mice.");
    assertEquals(Stance.SUPPORTS, j.stance(), j.reason());
  }
}

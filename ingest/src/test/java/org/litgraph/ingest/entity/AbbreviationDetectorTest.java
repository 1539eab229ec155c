package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationDetectorTest {
  private final AbbreviationDetector detector = new AbbreviationDetector();

  /** "SHORT=long form" for each pair found. */
  private List<String> pairs(String text) {
    return detector.find(text).stream()
        .map(p -> p.shortForm(text) + "=" + p.longForm(text))
        .toList();
  }

  @Test
  void findsLongFormBeforeShortForm() {
    assertEquals(
        List.of("MSCs=mesenchymal stem cells"),
        pairs("We infused mesenchymal stem cells (MSCs) into rats."));
    assertEquals(
        List.of("G6PD=glucose-6-phosphate dehydrogenase"),
        pairs("In red-blood-cell glucose-6-phosphate dehydrogenase (G6PD) deficiency, ..."));
    assertEquals(
        List.of("TNF-α=tumour necrosis factor-α"),
        pairs("Levels of tumour necrosis factor-α (TNF-α) rose."));
  }

  @Test
  void takesTheShortestLongFormWhoseWordsStartTheLetters() {
    assertEquals(
        List.of("ALL=acute lymphoblastic leukemia"),
        pairs("Children with acute lymphoblastic leukemia (ALL) were treated."));
  }

  @Test
  void findsShortFormBeforeLongForm() {
    assertEquals(
        List.of("MSCs=mesenchymal stem cells"),
        pairs("We infused MSCs (mesenchymal stem cells) into rats."));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Sepsis and septic shock (SS) kill.";
    AbbreviationPair p = detector.find(text).getFirst();
    assertEquals(new AbbreviationPair(25, 27, 11, 23), p);
  }

  @Test
  void nestedParenthesesKeepTheOuterShortForm() {
    assertEquals(
        List.of("G6PD=glucose-6-phosphate dehydrogenase"),
        pairs("Deficient glucose-6-phosphate dehydrogenase (G6PD (EC 1.1.1.49)) activity."));
    assertEquals(
        List.of("CAP=community-acquired pneumonia"),
        pairs("Patients with community-acquired pneumonia (CAP; see ref. 4) were enrolled."));
  }

  @Test
  void aLongFormStartingAtABracketOrWithUnbalancedBracketsIsRejected() {
    assertEquals(
        List.of("IL=interleukin"), pairs("interleukin (IL)-6 receptor (IL6R) was measured"));
    assertEquals(List.of(), pairs("the receptor) of interleukin 6 (R6) was measured"));
  }

  @Test
  void statisticsReferencesAndAsidesAreNotAbbreviations() {
    assertEquals(List.of(), pairs("Mortality was lower (p < 0.05) in the treated group."));
    assertEquals(List.of(), pairs("Twelve patients (n = 12) were enrolled."));
    assertEquals(List.of(), pairs("Blood pressure fell quickly (Figure 2)."));
    assertEquals(List.of(), pairs("Doses are listed in the first table (Table 1)."));
    assertEquals(List.of(), pairs("The Food and Drug Administration (Fig. 3)"));
    assertEquals(List.of(), pairs("Patients (aged 40 to 60 years) were enrolled."));
    assertEquals(List.of(), pairs("Samples were frozen (at -80 C) and stored."));
    assertEquals(List.of(), pairs("Cells were counted (see below)."));
  }

  @Test
  void aShortFormMustHaveItsLettersInTheLongForm() {
    assertEquals(List.of(), pairs("The patients received placebo (XYZ) daily."));
  }

  @Test
  void longFormsStayInsideTheGivenRange() {
    String text = "Septic shock. Renal failure (RF) followed.";
    int second = text.indexOf("Renal");
    List<AbbreviationPair> found = detector.find(text, second, text.length());
    assertEquals(1, found.size());
    assertEquals("Renal failure", found.getFirst().longForm(text));
  }

  @Test
  void textFullOfUnclosedParenthesesOrOneHugeWordTakesLinearTime() {
    String parens = "(".repeat(300_000) + "a)";
    String word = ("x".repeat(50) + "(Ab)").repeat(20_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertEquals(List.of(), detector.find(parens));
          assertEquals(List.of(), detector.find(word));
        });
  }
}

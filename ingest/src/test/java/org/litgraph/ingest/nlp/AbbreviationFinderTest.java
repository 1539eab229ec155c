package org.litgraph.ingest.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationFinderTest {
  private static List<String> pairs(String text) {
    AnnotatedText a = HandText.of(text);
    return AbbreviationFinder.find(text, a.sentences().getFirst()).stream()
        .map(
            d ->
                text.substring(d.longStart(), d.longEnd())
                    + " = "
                    + text.substring(d.shortStart(), d.shortEnd()))
        .toList();
  }

  @Test
  void findsTheShortestLongFormWhoseLettersContainTheShortForm() {
    assertEquals(
        List.of("puromycin aminonucleoside = PAN"),
        pairs("Rats given puromycin aminonucleoside (PAN) developed nephrosis"));
  }

  @Test
  void theFirstLetterOfTheShortFormMustStartAWord() {
    assertEquals(
        List.of("mesenchymal stem cells = MSCs"),
        pairs("We infused mesenchymal stem cells (MSCs) into rats"));
  }

  @Test
  void shortFormsWithDigitsAndHyphensAreFound() {
    assertEquals(
        List.of("interleukin-6 = IL-6"), pairs("Levels of interleukin-6 (IL-6) rose sharply"));
  }

  @Test
  void theShortFormMayBeFollowedBySynonymsAfterASemicolon() {
    assertEquals(
        List.of("Schwartz-Jampel syndrome = SJS"),
        pairs("The Schwartz-Jampel syndrome (SJS; chondrodystrophic myotonia) is recessive"));
  }

  @Test
  void parenthesesThatHoldNoAbbreviationAreIgnored() {
    assertEquals(List.of(), pairs("Mortality was high (p < 0.05) in the sepsis group"));
    assertEquals(List.of(), pairs("Doses (mg) were recorded"));
  }
}

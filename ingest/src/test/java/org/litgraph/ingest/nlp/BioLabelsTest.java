package org.litgraph.ingest.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;

class BioLabelsTest {
  private static final String TEXT = "Septic shock after vancomycin-induced nephrotoxicity.";
  private static final NlpSentence SENTENCE = HandText.of(TEXT).sentences().getFirst();

  private static BioLabels.Gold gold(String mention, EntityCategory category) {
    int start = TEXT.indexOf(mention);
    return new BioLabels.Gold(start, start + mention.length(), category);
  }

  @Test
  void labelsTokensWithBeginAndInsideTagsOfTheBiolinkCategory() {
    BioLabels.Encoded e =
        BioLabels.encode(
            SENTENCE,
            List.of(
                gold("Septic shock", EntityCategory.DISEASE),
                gold("vancomycin", EntityCategory.CHEMICAL_ENTITY),
                gold("nephrotoxicity", EntityCategory.DISEASE)));

    assertEquals(
        List.of("B-Disease", "I-Disease", "O", "B-ChemicalEntity", "O", "O", "B-Disease", "O"),
        e.labels());
    assertEquals(0, e.misaligned());
    assertEquals(0, e.overlapping());
  }

  @Test
  void aMentionEndingInsideATokenLabelsTheWholeTokenAndIsCounted() {
    BioLabels.Encoded e =
        BioLabels.encode(SENTENCE, List.of(gold("Septic sho", EntityCategory.DISEASE)));

    assertEquals("I-Disease", e.labels().get(1));
    assertEquals(1, e.misaligned());
  }

  @Test
  void aMentionOverlappingAnEarlierOneIsSkippedAndCounted() {
    BioLabels.Encoded e =
        BioLabels.encode(
            SENTENCE,
            List.of(
                gold("Septic shock", EntityCategory.DISEASE),
                gold("shock", EntityCategory.DISEASE)));

    assertEquals(List.of("B-Disease", "I-Disease"), e.labels().subList(0, 2));
    assertEquals(1, e.overlapping());
  }

  @Test
  void decodingGivesBackTheSpansWithTextAndSentence() {
    List<String> labels =
        List.of("B-Disease", "I-Disease", "O", "B-ChemicalEntity", "O", "O", "B-Disease", "O");

    List<CrfSpan> spans = BioLabels.decode(TEXT, SENTENCE, labels);

    assertEquals(
        List.of(
            new CrfSpan(0, 0, 12, "Septic shock", EntityCategory.DISEASE),
            new CrfSpan(0, 19, 29, "vancomycin", EntityCategory.CHEMICAL_ENTITY),
            new CrfSpan(0, 38, 52, "nephrotoxicity", EntityCategory.DISEASE)),
        spans);
  }

  @Test
  void anInsideLabelWithoutBeginStartsASpanAndACategoryChangeEndsOne() {
    List<String> labels = List.of("I-Disease", "I-ChemicalEntity", "O", "O", "O", "O", "O", "O");

    List<CrfSpan> spans = BioLabels.decode(TEXT, SENTENCE, labels);

    assertEquals(List.of("Septic", "shock"), spans.stream().map(CrfSpan::text).toList());
    assertEquals(EntityCategory.CHEMICAL_ENTITY, spans.get(1).category());
  }

  @Test
  void aLabelThatIsNotBioIsRefused() {
    List<String> labels = List.of("Disease", "O", "O", "O", "O", "O", "O", "O");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BioLabels.decode(TEXT, SENTENCE, labels));
    assertEquals("not a BIO label: 'Disease'", e.getMessage());
  }
}

package org.litgraph.ingest.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.LexiconGazetteer;

/** The shipped CRF model, loaded from the classpath and run on CoreNLP's real tokens. */
class CrfRecognizerIT {
  private static CoreNlpStage nlp;
  private static CrfRecognizer crf;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpConfig.defaults());
    crf = CrfRecognizer.shipped();
    if (crf.model().needsGazetteer()) {
      crf = crf.withGazetteer(LexiconGazetteer.of(Lexicon.standard()));
    }
  }

  private static List<String> describe(String text) {
    return crf.recognize(nlp.annotate(text)).stream()
        .map(s -> s.text() + ":" + s.category().biolinkName())
        .toList();
  }

  @Test
  void findsADiseaseAndAChemicalInASentence() {
    assertEquals(
        List.of("septic shock:Disease", "vancomycin:ChemicalEntity"),
        describe("Patients with septic shock received vancomycin."));
  }

  @Test
  void spansPointIntoTheTextAndCarryTheirSentence() {
    String text = "Rats were fed a diet. Cisplatin caused acute renal failure in 3 of 10 rats.";
    List<CrfSpan> spans = crf.recognize(nlp.annotate(text));

    assertTrue(spans.size() >= 2, spans.toString());
    for (CrfSpan s : spans) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      assertEquals(1, s.sentenceIndex());
    }
    assertEquals("Cisplatin", spans.getFirst().text());
    assertEquals(EntityCategory.CHEMICAL_ENTITY, spans.getFirst().category());
  }

  @Test
  void theModelDescribesItsTraining() {
    assertTrue(crf.model().description().contains("CDR_TrainingSet"), crf.model().description());
    assertTrue(crf.model().trainingIdCount() > 1_000, "names with training ids");
  }

  @Test
  void textWithoutWordsGivesNoSpans() {
    assertEquals(List.of(), describe("12 34 56 ... %% 78."));
  }
}
